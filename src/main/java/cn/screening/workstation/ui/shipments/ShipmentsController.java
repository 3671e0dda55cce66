package cn.screening.workstation.ui.shipments;

import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.domain.specimen.Shipment;
import cn.screening.workstation.domain.specimen.ShipmentCondition;
import cn.screening.workstation.domain.specimen.ShipmentRules;
import cn.screening.workstation.domain.specimen.ShipmentStatus;
import cn.screening.workstation.service.specimen.BoxContents;
import cn.screening.workstation.service.specimen.Destination;
import cn.screening.workstation.ui.common.FileTargets;
import cn.screening.workstation.ui.common.Forms;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.ScanField;
import cn.screening.workstation.ui.common.Tables;
import cn.screening.workstation.ui.common.TimeText;
import cn.screening.workstation.ui.common.Validation;
import cn.screening.workstation.ui.shell.ShellContent;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** The shipment page: boxes on the left, the chosen box's details, scan field and tubes on the right. */
public final class ShipmentsController implements ShellContent {

    private final ShipmentsViewModel vm;
    private final I18n i18n;
    private final TimeText time;
    private final FileTargets saveTarget;
    private final Validation validation = new Validation();

    @FXML private Button newBoxButton;
    @FXML private TableView<Shipment> boxTable;
    @FXML private TableColumn<Shipment, String> boxNoColumn;
    @FXML private TableColumn<Shipment, String> boxStatusColumn;
    @FXML private TableColumn<Shipment, String> boxCountColumn;
    @FXML private Label boxTitle;
    @FXML private Label boxStatus;
    @FXML private ComboBox<Destination> destinationBox;
    @FXML private Label destinationMessage;
    @FXML private ComboBox<ShipmentCondition> conditionBox;
    @FXML private Label dryIceLabel;
    @FXML private TextField dryIceField;
    @FXML private Label conditionMessage;
    @FXML private Label dryIceMessage;
    @FXML private TextField courierField;
    @FXML private Label courierMessage;
    @FXML private TextField trackingField;
    @FXML private Label trackingMessage;
    @FXML private TextField loggerField;
    @FXML private Label loggerMessage;
    @FXML private TextField packingTempField;
    @FXML private Label packingTempMessage;
    @FXML private TextField dispatchedAtField;
    @FXML private Label dispatchedAtMessage;
    @FXML private TextField scanField;
    @FXML private Label scanMessage;
    @FXML private TableView<Sample> tubeTable;
    @FXML private TableColumn<Sample, String> sampleNoColumn;
    @FXML private TableColumn<Sample, String> caseNoColumn;
    @FXML private TableColumn<Sample, String> nameColumn;
    @FXML private TableColumn<Sample, String> drawnAtColumn;
    @FXML private TableColumn<Sample, String> tubeColumn;
    @FXML private TableColumn<Sample, String> frozenColumn;
    @FXML private Label messageLabel;
    @FXML private Button removeButton;
    @FXML private Button saveManifestButton;
    @FXML private Button printManifestButton;
    @FXML private Button dispatchButton;

    public ShipmentsController(ShipmentsViewModel vm, I18n i18n, TimeText time, FileTargets saveTarget) {
        this.vm = vm;
        this.i18n = i18n;
        this.time = time;
        this.saveTarget = saveTarget;
    }

    @FXML
    private void initialize() {
        boxTable.setItems(vm.boxes());
        Tables.text(boxNoColumn, Shipment::boxNo);
        Tables.text(boxStatusColumn, b -> i18n.label(b.status()));
        Tables.text(boxCountColumn, b -> String.valueOf(b.items().size()));
        boxTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.select(now));
        vm.current().addListener((obs, old, now) -> showBox(now));
        showBox(null);

        DispatchForm form = vm.form();
        destinationBox.setItems(vm.hospitals());
        destinationBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Destination d) {
                return d == null ? "" : d.name();
            }

            @Override
            public Destination fromString(String name) {
                return vm.hospitals().stream().filter(d -> d.name().equals(name)).findFirst().orElse(null);
            }
        });
        destinationBox.valueProperty().bindBidirectional(form.destination());
        Forms.enumChoice(conditionBox, ShipmentCondition.class, i18n, form.condition());
        var dryIce = form.condition().isEqualTo(ShipmentCondition.DRY_ICE);
        dryIceLabel.visibleProperty().bind(dryIce);
        dryIceField.visibleProperty().bind(dryIce);
        dryIceField.textProperty().bindBidirectional(form.dryIceKg());
        courierField.textProperty().bindBidirectional(form.courier());
        trackingField.textProperty().bindBidirectional(form.trackingNo());
        loggerField.textProperty().bindBidirectional(form.loggerId());
        packingTempField.textProperty().bindBidirectional(form.packingTempC());
        dispatchedAtField.textProperty().bindBidirectional(form.dispatchedAt());
        var problems = vm.page().problems();
        validation.attach(destinationBox, destinationMessage, problems.of(ShipmentRules.DESTINATION));
        destinationBox.disableProperty().bind(vm.page().busy());
        validation.attach(conditionBox, conditionMessage, problems.of(ShipmentRules.CONDITION));
        validation.attach(dryIceField, dryIceMessage, problems.of(ShipmentRules.DRY_ICE));
        validation.attach(courierField, courierMessage, problems.of(ShipmentRules.COURIER));
        validation.attach(trackingField, trackingMessage, problems.of(ShipmentRules.TRACKING));
        validation.attach(loggerField, loggerMessage, problems.of(ShipmentRules.LOGGER));
        validation.attach(packingTempField, packingTempMessage, problems.of(DispatchForm.PACKING_TEMP));
        validation.attach(dispatchedAtField, dispatchedAtMessage, problems.of(ShipmentRules.DISPATCHED_AT));

        ScanField.attach(scanField, vm::scan);
        ScanField.answerIn(scanMessage, vm.scans());
        tubeTable.setItems(vm.tubes());
        tubeColumns(sampleNoColumn, caseNoColumn, nameColumn, drawnAtColumn, tubeColumn, frozenColumn);
        messageLabel.textProperty().bind(vm.page().message());

        var noBox = vm.current().isNull();
        var closed = vm.open().not();
        newBoxButton.disableProperty().bind(vm.page().busy());
        scanField.disableProperty().bind(closed);
        for (var field : new javafx.scene.control.Control[] {conditionBox, dryIceField, courierField, trackingField, loggerField,
                packingTempField, dispatchedAtField}) {
            field.disableProperty().bind(closed);
        }
        removeButton.disableProperty().bind(closed.or(tubeTable.getSelectionModel().selectedItemProperty().isNull()));
        dispatchButton.disableProperty().bind(closed.or(vm.page().busy()).or(Bindings.isEmpty(vm.tubes())));
        saveManifestButton.disableProperty().bind(noBox.or(Bindings.isEmpty(vm.tubes())).or(vm.page().busy()));
        printManifestButton.disableProperty().bind(noBox.or(Bindings.isEmpty(vm.tubes())).or(vm.page().busy()));
    }

    /** The tube columns: sample number, case number, masked name, draw time, tube, frozen. */
    private void tubeColumns(TableColumn<Sample, String> no, TableColumn<Sample, String> caseNo, TableColumn<Sample, String> name,
                             TableColumn<Sample, String> drawn, TableColumn<Sample, String> tube, TableColumn<Sample, String> frozen) {
        Tables.text(no, Sample::sampleNo);
        Tables.text(caseNo, Sample::caseNo);
        Tables.text(name, Sample::maskedName);
        Tables.text(drawn, s -> time.show(s.drawnAt()));
        Tables.text(tube, s -> i18n.label(s.tubeType()));
        Tables.text(frozen, s -> i18n.get(s.frozen() ? "common.yes" : "common.no"));
    }

    private void showBox(BoxContents c) {
        if (c == null) {
            boxTitle.setText(i18n.get("shipment.box.none"));
            boxStatus.setText("");
            return;
        }
        Shipment box = c.box();
        boxTitle.setText(i18n.get("shipment.box.title", box.boxNo(), vm.hospitalName(box.destination())));
        boxStatus.setText(box.status() == ShipmentStatus.OPEN ? i18n.label(box.status())
                : i18n.get("shipment.box.dispatchedAt", time.show(box.dispatchedAt())));
        if (box.status() == ShipmentStatus.OPEN) {
            Platform.runLater(scanField::requestFocus);
        }
    }

    @Override
    public void activated() {
        vm.load();
    }

    @Override
    public boolean focusSearch() {
        scanField.requestFocus();
        return true;
    }

    @FXML
    private void onNewBox() {
        vm.newBox();
    }

    @FXML
    private void onRemove() {
        vm.remove(tubeTable.getSelectionModel().getSelectedItem());
        scanField.requestFocus();
    }

    @FXML
    private void onDispatch() {
        vm.dispatch(this::confirmDispatch);
    }

    /** 发出 cannot be undone: the user says yes to this box, this many tubes, this hospital. */
    private boolean confirmDispatch(String question) {
        ButtonType send = new ButtonType(i18n.get("shipment.dispatch.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType back = new ButtonType(i18n.get("shipment.dispatch.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, send, back);
        alert.initOwner(tubeTable.getScene().getWindow());
        alert.setTitle(i18n.get("shipment.dispatch.title"));
        alert.setHeaderText(i18n.get("shipment.dispatch.header"));
        alert.getDialogPane().setId("dispatchDialog");
        return alert.showAndWait().filter(send::equals).isPresent();
    }

    @FXML
    private void onPrintManifest() {
        vm.manifest().print(this::onSaveManifest);
    }

    @FXML
    private void onSaveManifest() {
        saveTarget.saveAs(tubeTable.getScene().getWindow(), i18n.get("shipment.manifest.save.title"), vm.manifest().fileName(), "PDF",
                "*.pdf").ifPresent(vm.manifest()::save);
    }
}
