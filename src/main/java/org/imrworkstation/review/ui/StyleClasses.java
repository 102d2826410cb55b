package org.imrworkstation.review.ui;

import java.util.Objects;
import java.util.function.Predicate;
import javafx.collections.ObservableList;
import javafx.scene.Node;

/**
 * Sets a cell's one class of a family (its span type, its severity) without touching the list
 * when the class is already right. A virtual list calls updateItem on every layout pass; removing
 * and adding back the same class restyles the cell, which asks for another layout pass, which
 * updates the cell again: the window then repaints every frame while it sits idle.
 */
public final class StyleClasses {

    private StyleClasses() {
    }

    /** Leaves {@code wanted} (or none, if null) as the node's only class for which {@code family} holds. */
    public static void setOne(Node node, Predicate<String> family, String wanted) {
        ObservableList<String> classes = node.getStyleClass();
        String had = null;
        int count = 0;
        for (String c : classes) {
            if (family.test(c)) {
                had = c;
                count++;
            }
        }
        if (count <= 1 && Objects.equals(had, wanted)) {
            return;
        }
        classes.removeIf(family);
        if (wanted != null) {
            classes.add(wanted);
        }
    }
}
