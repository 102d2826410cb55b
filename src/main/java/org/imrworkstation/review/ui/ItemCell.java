package org.imrworkstation.review.ui;

import java.util.Collection;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.textfield.TextFields;
import org.imrworkstation.review.DraftItem;
import org.imrworkstation.review.ItemColumn;

/**
 * An items-grid cell edited in place. It hands the typed text to the grid on Enter or when it
 * loses focus (TableView's own commit is lost on a focus change), and Esc drops the edit. The drug
 * column completes from the lexicon.
 */
final class ItemCell extends TableCell<DraftItem, String> {

    interface Commit {
        void commit(DraftItem item, ItemColumn column, String text);
    }

    private final ItemColumn column;
    private final Commit onCommit;
    private final Collection<String> completions;
    private TextField editor;
    private boolean done;

    ItemCell(ItemColumn column, Commit onCommit, Collection<String> completions) {
        this.column = column;
        this.onCommit = onCommit;
        this.completions = completions;
    }

    @Override
    public void startEdit() {
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        done = false;
        editor = new TextField(getItem() == null ? "" : getItem());
        editor.setId("item-editor");
        if (completions != null) {
            TextFields.bindAutoCompletion(editor, completions);
        }
        editor.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                finish(true);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                finish(false);
                e.consume();
            }
        });
        editor.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                finish(true);
            }
        });
        setText(null);
        setGraphic(editor);
        editor.requestFocus();
        editor.selectAll();
    }

    private void finish(boolean keep) {
        if (done || editor == null) {
            return;
        }
        done = true;
        String text = editor.getText();
        DraftItem row = getTableRow() == null ? null : getTableRow().getItem();
        cancelEdit();
        if (keep && row != null) {
            onCommit.commit(row, column, text);
        }
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        setGraphic(null);
        setText(getItem());
    }

    @Override
    protected void updateItem(String value, boolean empty) {
        super.updateItem(value, empty);
        setGraphic(null);
        setText(empty ? null : value);
    }
}
