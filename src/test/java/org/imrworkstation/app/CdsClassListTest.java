package org.imrworkstation.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed class list the build dumps into the CDS archive (docs/decisions/0012): it lists the
 * window's start-up classes, and it has not gone stale (classes it names still exist). A class
 * missing from the list still loads, from the jar; the list only decides what starts faster.
 */
class CdsClassListTest {

    private static final Path LIST = Path.of("src/main/cds/imr-workstation.classlist");
    private static final String REGENERATE = "; regenerate it: src/main/cds/regenerate-classlist.sh";

    private static List<String> classes() throws IOException {
        return Files.readAllLines(LIST).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("@")).toList();
    }

    @Test
    void listsTheWindowsStartUpClasses() throws IOException {
        assertThat(classes()).as(LIST + REGENERATE).contains(
                "java/lang/Object",
                "org/imrworkstation/app/Launcher",
                "org/imrworkstation/app/WindowLauncher",
                "org/imrworkstation/review/ui/ReviewApp",
                "org/imrworkstation/review/ui/MainWindow",
                "org/imrworkstation/review/ui/LetterPane",
                "org/imrworkstation/review/ui/CorpusView",
                "org/imrworkstation/review/ui/FieldsForm",
                "org/imrworkstation/review/ui/SpanList",
                "org/imrworkstation/review/ui/WindowMenus",
                "org/imrworkstation/review/ui/HelpOverlay",
                "javafx/application/Application",
                "javafx/scene/control/MenuBar",
                "javafx/scene/control/TableView",
                "org/fxmisc/richtext/GenericStyledArea",
                "org/h2/Driver",
                "picocli/CommandLine");
    }

    @Test
    void theProjectsClassesItNamesStillExist() throws IOException {
        List<String> ours = classes().stream().filter(c -> c.startsWith("org/imrworkstation/")).toList();
        List<String> gone = ours.stream()
                .filter(c -> getClass().getClassLoader().getResource(c + ".class") == null).toList();
        // a few renamed or removed classes only lose their head start; many mean the list is stale
        assertThat(gone.size()).as("classes in " + LIST + " that no longer exist: " + gone + REGENERATE)
                .isLessThanOrEqualTo(ours.size() / 10);
        assertThat(ours).hasSizeGreaterThan(100);
    }
}
