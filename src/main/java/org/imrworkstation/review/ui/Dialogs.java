package org.imrworkstation.review.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Side;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.imrworkstation.record.SpanType;
import org.imrworkstation.review.ReviewSession;

/** The window's questions to the clerk, in plain words. */
final class Dialogs {

    private final Stage stage;
    private final ReviewSession session;

    Dialogs(Stage stage, ReviewSession session) {
        this.stage = stage;
        this.session = session;
    }

    boolean confirm(String title, String question, String yes) {
        ButtonType ok = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, question, ok, ButtonType.CANCEL);
        a.initOwner(stage);
        a.setHeaderText(title);
        return a.showAndWait().filter(b -> b == ok).isPresent();
    }

    Optional<String> ask(String title, String prompt, String initial) {
        TextInputDialog d = new TextInputDialog(initial == null ? "" : initial);
        d.initOwner(stage);
        d.setHeaderText(title);
        d.setContentText(prompt);
        return d.showAndWait();
    }

    void offerSamples(Runnable yes) {
        if (confirm("This database is empty", "Import the 15 sample letters that come with IMR Workstation,"
                + " to try the review out? (File > Import adds your own letters.)", "Import the samples")) {
            yes.run();
        }
    }

    void typeMenu(LetterPane at, Consumer<SpanType> chosen) {
        ContextMenu menu = new ContextMenu();
        for (int i = 0; i < SpanType.V1.size(); i++) {
            SpanType t = SpanType.V1.get(i);
            MenuItem m = new MenuItem((i + 1) + "  " + t.name());
            m.setOnAction(e -> chosen.accept(t));
            menu.getItems().add(m);
        }
        menu.show(at, Side.TOP, 40, 60);
    }

    List<Path> chooseFiles() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Import letters");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Letters (.txt, .pdf)", "*.txt", "*.pdf",
                "*.TXT", "*.PDF"));
        List<File> files = fc.showOpenMultipleDialog(stage);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    List<Path> chooseFolder() {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Import a folder of letters");
        File dir = dc.showDialog(stage);
        return dir == null ? List.of() : List.of(dir.toPath());
    }

    Optional<Path> chooseDatabase() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Open a database");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("IMR database (*.mv.db)", "*.mv.db"));
        File f = fc.showOpenDialog(stage);
        return Optional.ofNullable(f).map(File::toPath);
    }

    /** A new file name for a one-file export; a folder's name (new, or an empty existing one) for the others. */
    Optional<Path> chooseExport(org.imrworkstation.review.Exporter.Format format) {
        FileChooser fc = new FileChooser();
        fc.setTitle(format.menuText().replace("…", "") + (format.writesFolder() ? ": name the new folder" : ""));
        fc.setInitialFileName(format.suggestedName());
        return Optional.ofNullable(fc.showSaveDialog(stage)).map(File::toPath);
    }

    ReviewSession session() {
        return session;
    }
}
