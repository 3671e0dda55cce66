package cn.screening.workstation.ui.registration;

import cn.screening.workstation.domain.cases.Disease;
import cn.screening.workstation.domain.screening.ScreeningClass;
import cn.screening.workstation.ui.common.Forms;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Validation;
import cn.screening.workstation.ui.shell.ShellContent;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;

/** The registration page: the two form sections, the live classification, Save (Ctrl+S) and Clear. */
public final class RegistrationController implements ShellContent {

    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final RegistrationViewModel vm;
    private final I18n i18n;
    private final Validation validation = new Validation();

    @FXML private Node root;
    @FXML private ComboBox<Disease> diseaseBox;
    @FXML private Label diseaseMessage;
    @FXML private Node screeningSection;
    @FXML private Node patientSection;
    @FXML private Node knownPatientBox;
    @FXML private Label knownPatientLabel;
    @FXML private PatientSectionController patientSectionController;
    @FXML private ScreeningSectionController screeningSectionController;
    @FXML private Label classificationLabel;
    @FXML private ListView<String> reasonList;
    @FXML private ListView<String> errorList;
    @FXML private Label statusLabel;
    @FXML private Button saveButton;
    @FXML private Button clearButton;

    public RegistrationController(RegistrationViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        patientSectionController.bind(vm);
        screeningSectionController.bind(vm);
        diseaseBox.setItems(vm.choices().diseases());
        diseaseBox.setConverter(diseaseNames());
        diseaseBox.valueProperty().bindBidirectional(vm.disease());
        validation.attach(diseaseBox, diseaseMessage, vm.problems().of("disease"));
        // a case for a registered patient: their masked identity instead of the patient fields
        patientSection.visibleProperty().bind(vm.knownPatient().isNull());
        patientSection.managedProperty().bind(patientSection.visibleProperty());
        knownPatientBox.visibleProperty().bind(vm.knownPatient().isNotNull());
        knownPatientBox.managedProperty().bind(knownPatientBox.visibleProperty());
        knownPatientLabel.textProperty().bind(Bindings.createStringBinding(() -> vm.knownPatient().get() == null ? ""
                : i18n.get("registration.forPatient", vm.knownPatient().get().maskedName(), vm.knownPatient().get().maskedIdNumber()),
                vm.knownPatient()));
        screeningSection.visibleProperty().bind(vm.hemophilia());
        screeningSection.managedProperty().bind(vm.hemophilia());
        classificationLabel.textProperty().bind(Bindings.createStringBinding(vm::classificationText, vm.classification()));
        vm.classification().addListener((obs, old, now) -> styleClassification(now.cls()));
        styleClassification(vm.classification().get().cls());
        reasonList.setItems(vm.reasons());
        errorList.setItems(vm.errors());
        Forms.wrappingCells(reasonList);
        Forms.wrappingCells(errorList);
        errorList.visibleProperty().bind(Bindings.isNotEmpty(vm.errors()));
        errorList.managedProperty().bind(errorList.visibleProperty());
        statusLabel.textProperty().bind(vm.status());
        saveButton.disableProperty().bind(vm.busy());
        clearButton.disableProperty().bind(vm.busy());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                e.consume();
                onSave();
            }
        });
        vm.load();
    }

    private void styleClassification(ScreeningClass cls) {
        classificationLabel.getStyleClass().removeIf(c -> c.startsWith("class-"));
        classificationLabel.getStyleClass().add("class-" + cls.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private StringConverter<Disease> diseaseNames() {
        return new StringConverter<>() {
            @Override
            public String toString(Disease d) {
                return d == null ? "" : d.name(i18n.locale());
            }

            @Override
            public Disease fromString(String text) {
                return vm.choices().diseases().stream().filter(d -> toString(d).equals(text)).findFirst().orElse(null);
            }
        };
    }

    @Override
    public void activated() {
        Platform.runLater(() -> {
            if (vm.knownPatient().get() == null) {
                patientSectionController.focusFirst();
            } else {
                diseaseBox.requestFocus();
            }
        });
    }

    /** Opened from the 患者 screen: a new case for that patient. */
    public void startFor(KnownPatient patient) {
        vm.startFor(patient);
        diseaseBox.requestFocus();
    }

    /** F5 leaves a half-filled form as it is. */
    @Override
    public void refresh() {
    }

    @FXML
    private void onSave() {
        // the ID field's focus-lost check must run before the values are read
        saveButton.requestFocus();
        vm.idNumberCommitted();
        vm.save(new AlertRegistrationDialogs(i18n, saveButton.getScene() == null ? null : saveButton.getScene().getWindow()));
    }

    @FXML
    private void onClear() {
        vm.clear();
        patientSectionController.focusFirst();
    }
}
