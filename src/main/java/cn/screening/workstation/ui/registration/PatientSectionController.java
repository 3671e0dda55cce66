package cn.screening.workstation.ui.registration;

import cn.screening.workstation.domain.division.Division;
import cn.screening.workstation.domain.reference.Ethnicity;
import cn.screening.workstation.domain.identity.IdType;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.patient.InsuranceType;
import cn.screening.workstation.domain.patient.PovertyStatus;
import cn.screening.workstation.ui.common.DivisionConverter;
import cn.screening.workstation.ui.common.FieldProblems;
import cn.screening.workstation.ui.common.Forms;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Validation;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

/** The patient part of the registration form. */
public final class PatientSectionController {

    private final I18n i18n;
    private final Validation validation = new Validation();

    @FXML private TextField nameField;
    @FXML private Label nameMessage;
    @FXML private ComboBox<IdType> idTypeBox;
    @FXML private TextField idNumberField;
    @FXML private Label idNumberMessage;
    @FXML private ComboBox<Sex> sexBox;
    @FXML private Label sexMessage;
    @FXML private DatePicker birthDatePicker;
    @FXML private Label birthDateMessage;
    @FXML private ComboBox<Ethnicity> ethnicityBox;
    @FXML private Label ethnicityMessage;
    @FXML private TextField phoneField;
    @FXML private Label phoneMessage;
    @FXML private SearchableComboBox<Division> townshipBox;
    @FXML private Label townshipMessage;
    @FXML private ComboBox<String> villageBox;
    @FXML private Label villageMessage;
    @FXML private TextField addressField;
    @FXML private Pane guardianPane;
    @FXML private TextField guardianNameField;
    @FXML private TextField guardianRelationField;
    @FXML private TextField guardianPhoneField;
    @FXML private CheckBox guardianConsentCheck;
    @FXML private Label guardianMessage;
    @FXML private ComboBox<PovertyStatus> povertyBox;
    @FXML private Label povertyMessage;
    @FXML private ComboBox<InsuranceType> insuranceBox;
    @FXML private Label insuranceMessage;

    public PatientSectionController(I18n i18n) {
        this.i18n = i18n;
    }

    void bind(RegistrationViewModel vm) {
        PatientForm p = vm.patient();
        FieldProblems problems = vm.problems();
        nameField.textProperty().bindBidirectional(p.name());
        Forms.enumChoice(idTypeBox, IdType.class, i18n, p.idType());
        idNumberField.textProperty().bindBidirectional(p.idNumber());
        idNumberField.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                vm.idNumberCommitted();
            }
        });
        // a barcode scanner types the number and Enter: check it and move on
        idNumberField.setOnAction(e -> sexBox.requestFocus());
        Forms.enumChoice(sexBox, Sex.class, i18n, p.sex());
        Forms.isoDate(birthDatePicker, p.birthDate());
        ethnicityBox.setItems(vm.choices().ethnicities());
        ethnicityBox.setConverter(ethnicityNames());
        ethnicityBox.valueProperty().bindBidirectional(p.ethnicity());
        phoneField.textProperty().bindBidirectional(p.phone());
        townshipBox.setItems(vm.choices().townships());
        townshipBox.setConverter(new DivisionConverter(vm.choices()::townships));
        townshipBox.valueProperty().bindBidirectional(p.township());
        villageBox.setItems(vm.choices().villages());
        villageBox.setEditable(true);
        villageBox.valueProperty().bindBidirectional(p.village());
        addressField.textProperty().bindBidirectional(p.addressDetail());
        guardianPane.visibleProperty().bind(p.guardianNeeded());
        guardianPane.managedProperty().bind(p.guardianNeeded());
        guardianNameField.textProperty().bindBidirectional(p.guardianName());
        guardianRelationField.textProperty().bindBidirectional(p.guardianRelation());
        guardianPhoneField.textProperty().bindBidirectional(p.guardianPhone());
        guardianConsentCheck.selectedProperty().bindBidirectional(p.guardianConsent());
        Forms.enumChoice(povertyBox, PovertyStatus.class, i18n, p.poverty());
        Forms.enumChoice(insuranceBox, InsuranceType.class, i18n, p.insurance());
        validation.attach(nameField, nameMessage, problems.of("name"));
        validation.attach(idNumberField, idNumberMessage, problems.of("id_number"));
        validation.attach(idTypeBox, null, problems.of("id_type"));
        validation.attach(sexBox, sexMessage, problems.of("sex"));
        validation.attach(birthDatePicker, birthDateMessage, problems.of("birth_date"));
        validation.attach(ethnicityBox, ethnicityMessage, problems.of("ethnicity"));
        validation.attach(phoneField, phoneMessage, problems.of("phone"));
        validation.attach(townshipBox, townshipMessage, problems.of("township"));
        validation.attach(villageBox, villageMessage, problems.of("village"));
        validation.attach(guardianNameField, guardianMessage, problems.of("guardian"));
        validation.attach(povertyBox, povertyMessage, problems.of("poverty_status"));
        validation.attach(insuranceBox, insuranceMessage, problems.of("insurance"));
    }

    private StringConverter<Ethnicity> ethnicityNames() {
        boolean english = Locale.ENGLISH.getLanguage().equals(i18n.locale().getLanguage());
        return new StringConverter<>() {
            @Override
            public String toString(Ethnicity e) {
                return e == null ? "" : english ? e.nameEn() : e.nameZh();
            }

            @Override
            public Ethnicity fromString(String text) {
                return ethnicityBox.getItems().stream().filter(e -> toString(e).equals(text)).findFirst().orElse(null);
            }
        };
    }

    void focusFirst() {
        nameField.requestFocus();
    }
}
