package cn.screening.workstation.ui.certification;

import cn.screening.workstation.domain.ledger.Certification;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;

/** The verdict dialog's content: two choices, the reason (needed for 不予认定), the offices, 保存. */
public final class CertifyFormController {

    private final CertifyFormViewModel vm;

    @FXML private Label patientLabel;
    @FXML private Label whoLabel;
    @FXML private ToggleGroup verdictGroup;
    @FXML private RadioButton certifiedRadio;
    @FXML private RadioButton refusedRadio;
    @FXML private TextArea reasonArea;
    @FXML private CheckBox civilAffairsBox;
    @FXML private CheckBox povertyBox;
    @FXML private CheckBox insuranceBox;
    @FXML private TextField otherOfficesField;
    @FXML private Label errorLabel;
    @FXML private Button saveButton;

    public CertifyFormController(CertifyFormViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        patientLabel.textProperty().bind(vm.patient());
        whoLabel.textProperty().bind(vm.who());
        certifiedRadio.setUserData(Certification.CERTIFIED);
        refusedRadio.setUserData(Certification.NOT_CERTIFIED);
        select(vm.verdict().get());
        vm.verdict().addListener((obs, old, now) -> select(now));
        verdictGroup.selectedToggleProperty().addListener((obs, old, now) ->
                vm.verdict().set(now == null ? null : (Certification) now.getUserData()));
        reasonArea.textProperty().bindBidirectional(vm.reason());
        // the reason is asked for a refusal only
        reasonArea.disableProperty().bind(refusedRadio.selectedProperty().not());
        CheckBox[] boxes = {civilAffairsBox, povertyBox, insuranceBox};
        for (int i = 0; i < boxes.length; i++) {
            boxes[i].selectedProperty().bindBidirectional(vm.office(i));
        }
        otherOfficesField.textProperty().bindBidirectional(vm.otherOffices());
        errorLabel.textProperty().bind(vm.error());
        saveButton.disableProperty().bind(vm.busy());
    }

    private void select(Certification v) {
        verdictGroup.selectToggle(v == Certification.NOT_CERTIFIED ? refusedRadio : v == Certification.CERTIFIED ? certifiedRadio : null);
    }

    public CertifyFormViewModel viewModel() {
        return vm;
    }

    @FXML
    private void onSave() {
        vm.save();
    }
}
