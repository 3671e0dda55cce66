package cn.screening.workstation.ui.referral;

import cn.screening.workstation.domain.referral.Urgency;
import cn.screening.workstation.service.referral.ReferralPort;
import cn.screening.workstation.ui.common.FileTargets;
import cn.screening.workstation.ui.common.Forms;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Validation;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/** The up-referral form: fields bound to the ViewModel, problems beside their fields, print or save as PDF. */
public final class ReferralFormController {

    private final ReferralFormViewModel vm;
    private final I18n i18n;
    private final FileTargets files;

    @FXML private Label patientLabel;
    @FXML private Label numberLabel;
    @FXML private Label statusLabel;
    @FXML private GridPane fields;
    @FXML private ComboBox<ReferralPort.Hospital> hospitalBox;
    @FXML private Label hospitalMessage;
    @FXML private TextField departmentField;
    @FXML private ComboBox<Urgency> urgencyBox;
    @FXML private DatePicker validFromPicker;
    @FXML private DatePicker validUntilPicker;
    @FXML private Label validityMessage;
    @FXML private TextField purposeField;
    @FXML private Label purposeMessage;
    @FXML private TextField diagnosisField;
    @FXML private Label diagnosisMessage;
    @FXML private TextArea summaryArea;
    @FXML private TextArea precautionsArea;
    @FXML private TextField phoneField;
    @FXML private Label messageLabel;
    @FXML private Label errorLabel;
    @FXML private Button draftButton;
    @FXML private Button submitButton;
    @FXML private Button printButton;

    public ReferralFormController(ReferralFormViewModel vm, I18n i18n, FileTargets files) {
        this.vm = vm;
        this.i18n = i18n;
        this.files = files;
    }

    @FXML
    private void initialize() {
        patientLabel.textProperty().bind(vm.patient());
        numberLabel.textProperty().bind(vm.referralNo().map(n -> n.isEmpty() ? "" : i18n.get("referral.form.number", n)));
        statusLabel.textProperty().bind(vm.status());
        hospitalBox.setItems(vm.hospitals());
        hospitalBox.setCellFactory(l -> new HospitalCell());
        hospitalBox.setButtonCell(new HospitalCell());
        hospitalBox.valueProperty().bindBidirectional(vm.hospital());
        departmentField.textProperty().bindBidirectional(vm.department());
        Forms.enumChoice(urgencyBox, Urgency.class, i18n, vm.urgency());
        Forms.isoDate(validFromPicker, vm.validFrom());
        Forms.isoDate(validUntilPicker, vm.validUntil());
        purposeField.textProperty().bindBidirectional(vm.purpose());
        diagnosisField.textProperty().bindBidirectional(vm.diagnosis());
        summaryArea.textProperty().bindBidirectional(vm.summary());
        precautionsArea.textProperty().bindBidirectional(vm.precautions());
        phoneField.textProperty().bindBidirectional(vm.doctorPhone());
        Validation validation = new Validation();
        validation.attach(hospitalBox, hospitalMessage, vm.problems().of("toSite"));
        validation.attach(purposeField, purposeMessage, vm.problems().of("purpose"));
        validation.attach(diagnosisField, diagnosisMessage, vm.problems().of("preliminaryDiagnosis"));
        validation.attach(validUntilPicker, validityMessage, vm.problems().of("validUntil"));
        messageLabel.textProperty().bind(vm.message());
        errorLabel.textProperty().bind(vm.error());
        fields.disableProperty().bind(vm.editable().not());
        draftButton.disableProperty().bind(vm.busy().or(vm.editable().not()));
        submitButton.disableProperty().bind(vm.busy().or(vm.editable().not()));
        printButton.disableProperty().bind(vm.busy().or(vm.printable().not()));
    }

    public ReferralFormViewModel viewModel() {
        return vm;
    }

    @FXML
    private void onSaveDraft() {
        vm.saveDraft();
    }

    @FXML
    private void onSubmit() {
        vm.submit();
    }

    @FXML
    private void onPrint() {
        vm.print(name -> files.saveAs(printButton.getScene().getWindow(), i18n.get("referral.print.saveTitle"), name,
                i18n.get("referral.print.pdf"), "*.pdf"));
    }

    private static final class HospitalCell extends ListCell<ReferralPort.Hospital> {
        @Override
        protected void updateItem(ReferralPort.Hospital h, boolean empty) {
            super.updateItem(h, empty);
            setText(empty || h == null ? null : h.name());
        }
    }
}
