package cn.screening.workstation.ui.common;

import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/**
 * A field a barcode scanner types into: Enter hands the code over, the field empties and keeps the
 * focus, so the next tube can be scanned without touching the mouse.
 */
public final class ScanField {

    private ScanField() {
    }

    public static void attach(TextField field, Consumer<String> scanned) {
        field.setOnAction(e -> {
            String code = field.getText() == null ? "" : field.getText().strip();
            field.clear();
            if (!code.isEmpty()) {
                scanned.accept(code);
            }
            // stay for the next scan, unless the handler sent the cursor on (e.g. to the first result field)
            if (field.getScene() == null || field.getScene().getFocusOwner() == null || field.getScene().getFocusOwner() == field) {
                field.requestFocus();
            }
        });
    }

    /** The line beside the field says what became of the last code: green when taken, red when refused. */
    public static void answerIn(Label label, ScanLine line) {
        label.textProperty().bind(line.message());
        line.refused().addListener((obs, old, refused) -> {
            label.getStyleClass().removeAll("scan-ok", "scan-refused");
            label.getStyleClass().add(refused ? "scan-refused" : "scan-ok");
        });
    }
}
