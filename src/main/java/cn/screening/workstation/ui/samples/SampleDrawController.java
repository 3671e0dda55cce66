package cn.screening.workstation.ui.samples;

import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.domain.specimen.SampleRules;
import cn.screening.workstation.domain.specimen.TubeType;
import cn.screening.workstation.ui.common.BarcodeImages;
import cn.screening.workstation.ui.common.FileTargets;
import cn.screening.workstation.ui.common.Forms;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Validation;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;

/** The sample-draw form beside the saved tube's number, Code 128 and QR code, and its label buttons. */
public final class SampleDrawController {

    private final SampleDrawViewModel vm;
    private final I18n i18n;
    private final FileTargets saveTarget;
    private final Validation validation = new Validation();

    @FXML private Label caseLabel;
    @FXML private ComboBox<TubeType> tubeBox;
    @FXML private Label tubeMessage;
    @FXML private TextField fillField;
    @FXML private Label fillMessage;
    @FXML private TextField drawnAtField;
    @FXML private Label drawnAtMessage;
    @FXML private TextField drawnByField;
    @FXML private Label drawnByMessage;
    @FXML private TextField spunAtField;
    @FXML private Label spunAtMessage;
    @FXML private TextField frozenAtField;
    @FXML private Label frozenAtMessage;
    @FXML private TextField aliquotCountField;
    @FXML private TextField aliquotVolumeField;
    @FXML private Label aliquotsMessage;
    @FXML private TextField storageField;
    @FXML private Label storageMessage;
    @FXML private Label sampleNoLabel;
    @FXML private ImageView code128View;
    @FXML private ImageView qrView;
    @FXML private Button printButton;
    @FXML private Button saveLabelButton;
    @FXML private Label messageLabel;
    @FXML private Button saveButton;

    public SampleDrawController(SampleDrawViewModel vm, I18n i18n, FileTargets saveTarget) {
        this.vm = vm;
        this.i18n = i18n;
        this.saveTarget = saveTarget;
    }

    @FXML
    private void initialize() {
        DrawForm f = vm.form();
        Forms.enumChoice(tubeBox, TubeType.class, i18n, f.tubeType());
        fillField.textProperty().bindBidirectional(f.fillPercent());
        drawnAtField.textProperty().bindBidirectional(f.drawnAt());
        drawnByField.textProperty().bindBidirectional(f.drawnBy());
        spunAtField.textProperty().bindBidirectional(f.spunAt());
        frozenAtField.textProperty().bindBidirectional(f.frozenAt());
        aliquotCountField.textProperty().bindBidirectional(f.aliquotCount());
        aliquotVolumeField.textProperty().bindBidirectional(f.aliquotVolume());
        storageField.textProperty().bindBidirectional(f.storageTempC());
        var p = vm.page().problems();
        validation.attach(tubeBox, tubeMessage, p.of(SampleRules.TUBE));
        validation.attach(fillField, fillMessage, p.of(SampleRules.FILL));
        validation.attach(drawnAtField, drawnAtMessage, p.of(SampleRules.DRAWN_AT));
        validation.attach(drawnByField, drawnByMessage, p.of(SampleRules.DRAWN_BY));
        validation.attach(spunAtField, spunAtMessage, p.of(SampleRules.SPUN_AT));
        validation.attach(frozenAtField, frozenAtMessage, p.of(SampleRules.FROZEN_AT));
        validation.attach(aliquotCountField, aliquotsMessage, p.of(SampleRules.ALIQUOTS));
        validation.attach(storageField, storageMessage, p.of(SampleRules.STORAGE));
        vm.forCase().addListener((obs, old, now) -> caseLabel.setText(now == null ? ""
                : i18n.get("sample.draw.title", now.caseNo(), now.maskedName())));
        vm.saved().addListener((obs, old, now) -> showNumber(now));
        showNumber(null);
        messageLabel.textProperty().bind(vm.page().message());
        var notSaved = vm.saved().isNull();
        saveButton.disableProperty().bind(vm.saved().isNotNull().or(vm.page().busy()));
        printButton.disableProperty().bind(notSaved.or(vm.page().busy()));
        saveLabelButton.disableProperty().bind(notSaved.or(vm.page().busy()));
    }

    private void showNumber(Sample s) {
        sampleNoLabel.setText(s == null ? i18n.get("sample.number.none") : s.sampleNo());
        code128View.setImage(s == null ? null : BarcodeImages.code128(s.sampleNo()));
        qrView.setImage(s == null ? null : BarcodeImages.qr(s.sampleNo()));
        if (s != null) {
            printButton.requestFocus();
        }
    }

    public SampleDrawViewModel viewModel() {
        return vm;
    }

    @FXML
    private void onSave() {
        vm.save();
    }

    @FXML
    private void onPrint() {
        vm.printLabel(this::onSaveLabel);
    }

    @FXML
    private void onSaveLabel() {
        saveTarget.saveAs(saveButton.getScene().getWindow(), i18n.get("sample.label.save.title"), vm.labelFileName(), "PDF", "*.pdf")
                .ifPresent(vm::saveLabel);
    }
}
