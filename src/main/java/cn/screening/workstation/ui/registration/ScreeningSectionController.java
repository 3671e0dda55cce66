package cn.screening.workstation.ui.registration;

import cn.screening.workstation.domain.screening.BleedingTrigger;
import cn.screening.workstation.domain.screening.MixingOutcome;
import cn.screening.workstation.ui.common.FieldProblems;
import cn.screening.workstation.ui.common.Forms;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Validation;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** The hemophilia screening part: triggers with notes, family history, county lab values, mixing test. */
public final class ScreeningSectionController {

    private final I18n i18n;
    private final Validation validation = new Validation();

    @FXML private GridPane triggerGrid;
    @FXML private CheckBox familyHistoryCheck;
    @FXML private TextField familyNoteField;
    @FXML private GridPane labGrid;
    @FXML private ComboBox<MixingOutcome> mixingBox;
    @FXML private TextField mixSecondsField;
    @FXML private TextField poolSecondsField;
    @FXML private Label mixingMessage;

    public ScreeningSectionController(I18n i18n) {
        this.i18n = i18n;
    }

    void bind(RegistrationViewModel vm) {
        ScreeningForm s = vm.screening();
        FieldProblems problems = vm.problems();
        int row = 0;
        for (BleedingTrigger t : BleedingTrigger.values()) {
            CheckBox box = new CheckBox(i18n.label(t));
            box.setId("trigger-" + t.name());
            box.setWrapText(true);
            box.selectedProperty().bindBidirectional(s.trigger(t));
            TextField note = new TextField();
            note.setId("note-" + t.name());
            note.setPromptText(i18n.get("screening.note.prompt"));
            note.textProperty().bindBidirectional(s.note(t));
            note.disableProperty().bind(s.trigger(t).not());
            triggerGrid.addRow(row++, box, note);
        }
        Label triggersMessage = message();
        triggerGrid.add(triggersMessage, 0, row, 2, 1);
        validation.attach(familyHistoryCheck, triggersMessage, problems.of("triggers"));
        familyHistoryCheck.selectedProperty().bindBidirectional(s.familyHistory());
        familyNoteField.textProperty().bindBidirectional(s.familyNote());
        familyNoteField.disableProperty().bind(s.familyHistory().not());
        labGrid.addRow(0, new Label(i18n.get("screening.lab.test")), new Label(i18n.get("screening.lab.value")),
                new Label(i18n.get("screening.lab.low")), new Label(i18n.get("screening.lab.high")), new Label());
        row = 1;
        for (Lab lab : Lab.values()) {
            ScreeningForm.LabFields f = s.lab(lab);
            TextField value = number("lab-" + lab.field(), f.value());
            Label msg = message();
            labGrid.addRow(row++, new Label(i18n.label(lab)), value, number("low-" + lab.field(), f.low()),
                    number("high-" + lab.field(), f.high()), msg);
            validation.attach(value, msg, problems.of(lab.field()));
        }
        Forms.enumChoice(mixingBox, MixingOutcome.class, i18n, s.mixing());
        mixSecondsField.textProperty().bindBidirectional(s.mixSeconds());
        poolSecondsField.textProperty().bindBidirectional(s.poolSeconds());
        validation.attach(mixingBox, mixingMessage, problems.of("mixing"));
    }

    private static TextField number(String id, javafx.beans.property.StringProperty text) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(6);
        field.textProperty().bindBidirectional(text);
        return field;
    }

    private static Label message() {
        Label label = new Label();
        label.getStyleClass().add("field-message");
        label.setWrapText(true);
        return label;
    }
}
