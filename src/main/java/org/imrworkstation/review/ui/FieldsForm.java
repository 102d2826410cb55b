package org.imrworkstation.review.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.imrworkstation.review.Draft;
import org.imrworkstation.review.Evidence;
import org.imrworkstation.review.FieldRules;
import org.imrworkstation.review.Outcome;
import org.imrworkstation.review.ReviewSession;
import org.imrworkstation.store.FieldNames;

/**
 * The letter's fields as typed inputs. A value is checked as it is typed (red mark, ControlsFX)
 * and saved on Enter or when the field is left; a bad value is not saved and says why. Focusing a
 * date field shows its evidence in the text.
 */
public final class FieldsForm extends GridPane {

    private static final Map<String, String> LABELS = Map.of("patient_age", "Age", "patient_sex", "Sex (M/F)",
            "injury_date", "Injury date", "ur_date", "UR date", "rfa_date", "RFA date",
            "reviewer_specialty", "Reviewer specialty", "reviewer_states", "Reviewer states");

    private final ReviewSession session;
    private final Map<String, TextField> inputs = new LinkedHashMap<>();
    private final ValidationSupport validation = new ValidationSupport();

    public FieldsForm(ReviewSession session, Consumer<String> message, Consumer<int[]> showEvidence) {
        this.session = session;
        setHgap(6);
        setVgap(3);
        setPadding(new Insets(4));
        int row = 0;
        for (String name : FieldNames.ALL) {
            TextField input = new TextField();
            input.setId("field-" + name);
            input.setPromptText("not stated");
            inputs.put(name, input);
            add(new Label(LABELS.get(name)), 0, row);
            add(input, 1, row++);
            GridPane.setHgrow(input, Priority.ALWAYS);
            validation.registerValidator(input, false, (Validator<String>) (c, v) ->
                    ValidationResult.fromMessageIf(c, FieldRules.problem(name, v).orElse(""), Severity.ERROR,
                            FieldRules.problem(name, v).isPresent()));
            input.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    commit(name, message);
                    e.consume();
                }
            });
            input.focusedProperty().addListener((o, was, focused) -> {
                if (!focused) {
                    commit(name, message);
                } else {
                    Draft d = session.draft();
                    if (d != null) {
                        Evidence.span(d, name).ifPresent(s -> showEvidence.accept(new int[] {s.start(), s.end()}));
                    }
                }
            });
        }
    }

    public TextField input(String name) {
        return inputs.get(name);
    }

    /** Shows the working copy's values; a field being typed in is left alone. */
    public void refresh() {
        Draft d = session.draft();
        inputs.forEach((name, input) -> {
            if (!input.isFocused()) {
                String v = d == null ? null : d.fields().get(name);
                input.setText(v == null ? "" : v);
            }
        });
    }

    /** Marks the field a selected span is the evidence of. */
    public void mark(String name) {
        inputs.forEach((n, input) -> {
            input.getStyleClass().remove("field-linked");
            if (n.equals(name)) {
                input.getStyleClass().add("field-linked");
            }
        });
    }

    private void commit(String name, Consumer<String> message) {
        Draft d = session.draft();
        if (d == null) {
            return;
        }
        String typed = inputs.get(name).getText();
        String stored = d.fields().get(name);
        if (typed.equals(stored == null ? "" : stored)) {
            return;
        }
        Outcome o = session.editField(name, typed);
        if (!o.done()) {
            message.accept(LABELS.get(name) + ": " + o.message() + " (not saved)");
        }
    }
}
