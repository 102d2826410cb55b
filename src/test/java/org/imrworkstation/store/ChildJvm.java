package org.imrworkstation.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts the app's command line in another JVM: the real second process of lock and crash tests. */
final class ChildJvm {

    private ChildJvm() {
    }

    static Process start(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "org.imrworkstation.app.Launcher"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).start();
    }
}
