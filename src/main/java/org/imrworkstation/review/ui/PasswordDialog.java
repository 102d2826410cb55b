package org.imrworkstation.review.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for an encrypted database's password (twice, to catch a typo, when the database is new: a
 * mistyped password on a new file would lock the clerk out of their own work).
 */
final class PasswordDialog {

    private PasswordDialog() {
    }

    static Dialog<char[]> create(Window owner, Path file, boolean creating, String problem) {
        Dialog<char[]> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle("Encrypted database");
        d.setHeaderText(creating ? "Choose a password for the new encrypted database" : "This database is encrypted");
        PasswordField pw = new PasswordField();
        pw.setId("db-password");
        pw.setPromptText("password");
        PasswordField again = new PasswordField();
        again.setId("db-password-again");
        again.setPromptText("the same password again");
        Label where = new Label(file.toString());
        Label why = new Label(problem == null ? "" : problem);
        why.setId("db-password-problem");
        why.setStyle("-fx-text-fill: #b00020;");
        VBox box = new VBox(8, where, pw);
        if (creating) {
            box.getChildren().add(again);
        }
        box.getChildren().add(why);
        box.setPadding(new Insets(12));
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = d.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(creating
                ? pw.textProperty().isEmpty().or(Bindings.notEqual(pw.textProperty(), again.textProperty()))
                : pw.textProperty().isEmpty());
        d.setResultConverter(b -> b == ButtonType.OK ? pw.getText().toCharArray() : null);
        d.setOnShown(e -> pw.requestFocus());
        return d;
    }

    /** Called from the thread that opens the database: shows the dialog on the FX thread and waits. */
    static Optional<char[]> askFromBackground(Window owner, Path file, boolean creating, String problem) {
        FutureTask<Optional<char[]>> ask = new FutureTask<>(() -> create(owner, file, creating, problem).showAndWait());
        if (Platform.isFxApplicationThread()) {
            ask.run();
        } else {
            Platform.runLater(ask);
        }
        try {
            return ask.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot ask for the password: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
