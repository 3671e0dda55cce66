package cn.screening.workstation.ui.ledger;

import cn.screening.workstation.domain.ledger.Admission;
import cn.screening.workstation.domain.ledger.Payer;
import cn.screening.workstation.domain.ledger.TreatmentOutcome;
import cn.screening.workstation.service.ledger.HospitalChoice;
import cn.screening.workstation.ui.common.Forms;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Validation;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The admission form: binds the fields, shows the live cost sum and each rule's problem at its field; Ctrl+S saves. */
public final class AdmissionFormController {

    private static final String[] SUM_STYLES = {"message-ok", "message-error", "hint"};

    private final AdmissionFormViewModel vm;
    private final I18n i18n;

    @FXML private Label headingLabel;
    @FXML private ComboBox<Admission> stayBox;
    @FXML private ComboBox<HospitalChoice> hospitalBox;
    @FXML private DatePicker admittedPicker;
    @FXML private DatePicker dischargedPicker;
    @FXML private TextField inpatientNoField;
    @FXML private TextField treatmentField;
    @FXML private ComboBox<TreatmentOutcome> outcomeBox;
    @FXML private CheckBox pathwayBox;
    @FXML private TextField varianceField;
    @FXML private VBox transferBlock;
    @FXML private DatePicker consultationPicker;
    @FXML private TextField expertsField;
    @FXML private TextField certificateNoField;
    @FXML private TextField issuingHospitalField;
    @FXML private TextField totalField;
    @FXML private TextField basicField;
    @FXML private TextField seriousField;
    @FXML private TextField emergencyField;
    @FXML private TextField medicalAidField;
    @FXML private TextField supplementField;
    @FXML private TextField temporaryField;
    @FXML private TextField charityField;
    @FXML private TextField waiverField;
    @FXML private TextField otherField;
    @FXML private TextField ownField;
    @FXML private CheckBox oneStopBox;
    @FXML private CheckBox payLaterBox;
    @FXML private Label sumLabel;
    @FXML private Label errorLabel;
    @FXML private Label savedLabel;
    @FXML private Button saveButton;

    public AdmissionFormController(AdmissionFormViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        headingLabel.textProperty().bind(vm.heading());
        Forms.choiceWithAll(stayBox, vm.stays(), vm::stayText, i18n.get("ledger.admission.new"));
        stayBox.valueProperty().bindBidirectional(vm.stay());
        hospitalBox.setItems(vm.hospitals());
        hospitalBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(HospitalChoice h) {
                return vm.hospitalText(h);
            }

            @Override
            public HospitalChoice fromString(String s) {
                return vm.hospitals().stream().filter(h -> vm.hospitalText(h).equals(s)).findFirst().orElse(null);
            }
        });
        hospitalBox.valueProperty().bindBidirectional(vm.hospital());
        Forms.isoDate(admittedPicker, vm.admittedOn());
        Forms.isoDate(dischargedPicker, vm.dischargedOn());
        inpatientNoField.textProperty().bindBidirectional(vm.inpatientNo());
        treatmentField.textProperty().bindBidirectional(vm.treatment());
        Forms.enumChoice(outcomeBox, TreatmentOutcome.class, i18n, vm.outcome());
        pathwayBox.selectedProperty().bindBidirectional(vm.pathway());
        varianceField.textProperty().bindBidirectional(vm.variance());
        varianceField.disableProperty().bind(vm.pathway().not());
        transferBlock.visibleProperty().bind(vm.toCity());
        transferBlock.managedProperty().bind(vm.toCity());
        Forms.isoDate(consultationPicker, vm.consultationDate());
        expertsField.textProperty().bindBidirectional(vm.experts());
        certificateNoField.textProperty().bindBidirectional(vm.certificateNo());
        issuingHospitalField.textProperty().bindBidirectional(vm.issuingHospital());
        bindCosts(vm.costs());
        Validation validation = new Validation();
        Map<String, Control> fields = Map.ofEntries(Map.entry("admission.hospital", hospitalBox),
                Map.entry("admission.level", hospitalBox), Map.entry("admission.admittedOn", admittedPicker),
                Map.entry("admission.dischargedOn", dischargedPicker),
                Map.entry("admission.transfer.consultationDate", consultationPicker),
                Map.entry("admission.transfer.experts", expertsField),
                Map.entry("admission.transfer.certificateNo", certificateNoField),
                Map.entry("admission.transfer.issuingHospital", issuingHospitalField), Map.entry("costs.total", totalField),
                Map.entry("costs.treatFirstPayLater", payLaterBox));
        fields.forEach((field, control) -> validation.attach(control, null, vm.problems().of(field)));
        errorLabel.textProperty().bind(vm.error());
        savedLabel.textProperty().bind(vm.message());
        saveButton.disableProperty().bind(vm.busy());
        saveButton.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), vm::save);
            }
        });
    }

    private void bindCosts(CostEntry c) {
        totalField.textProperty().bindBidirectional(c.total());
        Map<Payer, TextField> payers = Map.of(Payer.BASIC_INSURANCE, basicField, Payer.SERIOUS_ILLNESS_INSURANCE, seriousField,
                Payer.EMERGENCY_AID, emergencyField, Payer.MEDICAL_AID, medicalAidField,
                Payer.POVERTY_SUPPLEMENT_INSURANCE, supplementField, Payer.TEMPORARY_AID, temporaryField, Payer.CHARITY, charityField);
        payers.forEach((p, field) -> field.textProperty().bindBidirectional(c.paid(p)));
        waiverField.textProperty().bindBidirectional(c.waiver());
        otherField.textProperty().bindBidirectional(c.other());
        ownField.textProperty().bindBidirectional(c.own());
        oneStopBox.selectedProperty().bindBidirectional(c.oneStop());
        payLaterBox.selectedProperty().bindBidirectional(c.payLater());
        sumLabel.textProperty().bind(c.sumText());
        paint(c.sum().get());
        c.sum().addListener((obs, old, now) -> paint(now));
    }

    /** Green when the parts equal 总费用, red when they do not or an amount is unreadable. */
    private void paint(CostEntry.Sum sum) {
        sumLabel.getStyleClass().removeAll(SUM_STYLES);
        sumLabel.getStyleClass().add(switch (sum) {
            case EQUAL -> "message-ok";
            case OFF, UNREADABLE -> "message-error";
            case EMPTY -> "hint";
        });
    }

    public AdmissionFormViewModel viewModel() {
        return vm;
    }

    @FXML
    private void onSave() {
        vm.save();
    }
}
