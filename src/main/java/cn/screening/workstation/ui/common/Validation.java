package cn.screening.workstation.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;

/**
 * Shows a ViewModel's field problems beside the controls: a ControlsFX decoration (icon and
 * tooltip) on the control, and the sentence itself in a label next to it, styled as error or warning.
 */
public final class Validation {

    private final ValidationSupport support = new ValidationSupport();

    public Validation() {
        support.setValidationDecorator(new GraphicValidationDecoration());
        // problems come from the ViewModel, not from ControlsFX's own checks on every key press
        support.setErrorDecorationEnabled(true);
    }

    /** Decorates {@code control} and fills {@code message} (may be null) whenever the problem changes. */
    public void attach(Control control, Label message, ObservableValue<FieldProblem> problem) {
        support.registerValidator(control, false, (Control c, Object value) -> resultFor(c, problem.getValue()));
        problem.addListener((obs, old, now) -> {
            support.revalidate(control);
            show(message, now);
        });
        show(message, problem.getValue());
    }

    private static ValidationResult resultFor(Control c, FieldProblem p) {
        if (p == null) {
            return new ValidationResult();
        }
        return p.isError() ? ValidationResult.fromError(c, p.text()) : ValidationResult.fromWarning(c, p.text());
    }

    private static void show(Label message, FieldProblem p) {
        if (message == null) {
            return;
        }
        message.getStyleClass().removeAll("field-error", "field-warning");
        message.setText(p == null ? "" : p.text());
        message.setVisible(p != null);
        message.setManaged(p != null);
        if (p != null) {
            message.getStyleClass().add(p.isError() ? "field-error" : "field-warning");
        }
    }
}
