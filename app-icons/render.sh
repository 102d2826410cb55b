#!/usr/bin/env bash
# Renders the icon's sizes from imr-workstation.svg. Needs rsvg-convert (librsvg2-bin),
# ImageMagick's convert (for .ico) and png2icns (icnsutils):
#   apt-get install -y librsvg2-bin imagemagick icnsutils
# The rendered files are committed, so a build never needs these tools; run this after editing
# the SVG. The window icons inside the jar are copied from here too.
set -euo pipefail
cd "$(dirname "$0")"
sizes=(16 24 32 48 64 128 256 512)
mkdir -p png
for s in "${sizes[@]}"; do
  rsvg-convert -w "$s" -h "$s" imr-workstation.svg -o "png/imr-workstation-$s.png"
done
convert png/imr-workstation-{16,24,32,48,64,128,256}.png imr-workstation.ico
png2icns imr-workstation.icns png/imr-workstation-{16,32,48,128,256,512}.png >/dev/null
res=../src/main/resources/org/imrworkstation/app/icons
mkdir -p "$res"
for s in 16 32 48 64 128 256; do cp "png/imr-workstation-$s.png" "$res/"; done
echo "rendered ${#sizes[@]} PNG sizes, imr-workstation.ico, imr-workstation.icns; window icons in $res"
