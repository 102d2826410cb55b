#!/usr/bin/env bash
# Builds the native packages of IMR Workstation with jpackage and a jlink'd runtime.
#   packaging/package.sh            # on Linux: app-image and .deb under target/dist/
#   packaging/package.sh msi        # on Windows (Git Bash), needs WiX 3
#   packaging/package.sh dmg        # on macOS
# Needs JDK 17 (jlink, jpackage) and Maven; on Linux fakeroot and dpkg-deb for the .deb.
# The runtime holds only the modules in packaging/modules.txt (checked against jdeps below).
set -euo pipefail
cd "$(dirname "$0")/.."
kind="${1:-deb}"
version=$(sed -n 's/^version=//p' target/classes/org/imrworkstation/version.properties 2>/dev/null || true)
if [[ ! -f target/imr-workstation.jar || -z "$version" ]]; then
  mvn -B -q -DskipTests package
  version=$(sed -n 's/^version=//p' target/classes/org/imrworkstation/version.properties)
fi
# jpackage wants a plain dotted number: 0.1.0-SNAPSHOT -> 0.1.0
appversion="${version%%-*}"
modules=$(tr -d ' \n' < packaging/modules.txt)
stage=target/package-input
rm -rf "$stage" target/jlink-runtime target/dist
mkdir -p "$stage" target/dist
cp target/imr-workstation.jar "$stage/"
# the class list of the CDS archive (docs/decisions/0012): the .deb's postinst dumps it where it installs
cp src/main/cds/imr-workstation.classlist "$stage/"

echo "jlink: $modules"
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
      --output target/jlink-runtime

common=(@packaging/common.args --input "$stage" --runtime-image target/jlink-runtime
        --app-version "$appversion" --dest target/dist)
# CDS archive for an installed app (docs/decisions/0012): dumped by the packaged runtime's own java
# against the packaged jar's absolute path, which the archive records; the launcher finds it through
# --java-options -XX:SharedArchiveFile=$APPDIR/imr-workstation.jsa (linux.args). A failed dump only
# costs start time: the launcher starts without the archive.
cds_dump() {  # APP_DIR (the folder holding imr-workstation.jar), JAVA
  local app; app=$(cd "$1" && pwd)
  if "$2" -Xshare:dump -XX:SharedClassListFile="$app/imr-workstation.classlist" \
       -XX:SharedArchiveFile="$app/imr-workstation.jsa" -cp "$app/imr-workstation.jar" >target/cds-dump.log 2>&1; then
    echo "CDS archive: $app/imr-workstation.jsa ($(du -h "$app/imr-workstation.jsa" | cut -f1))"
  else
    rm -f "$app/imr-workstation.jsa"
    echo "WARNING: no CDS archive for the app-image (see target/cds-dump.log); it starts without one" >&2
  fi
}
case "$kind" in
  deb)
    jpackage "${common[@]}" @packaging/linux.args --type app-image
    cds_dump target/dist/IMR-Workstation/lib/app target/dist/IMR-Workstation/lib/runtime/bin/java
    jpackage "${common[@]}" @packaging/linux.args @packaging/linux-deb.args --type deb
    du -sh target/dist/IMR-Workstation | sed 's/^/app-image: /'
    ls -la target/dist/*.deb
    ;;
  msi) jpackage "${common[@]}" @packaging/windows.args ;;
  dmg) jpackage "${common[@]}" @packaging/macos.args ;;
  *) echo "unknown package kind: $kind (deb, msi or dmg)" >&2; exit 2 ;;
esac
