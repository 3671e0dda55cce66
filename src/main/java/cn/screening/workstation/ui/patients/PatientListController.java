package cn.screening.workstation.ui.patients;

import cn.screening.workstation.domain.division.Division;
import cn.screening.workstation.domain.patient.PovertyStatus;
import cn.screening.workstation.service.PatientListItem;
import cn.screening.workstation.service.PatientRecord;
import cn.screening.workstation.ui.common.Forms;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tables;
import cn.screening.workstation.ui.shell.ShellContent;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/** The 患者 page: filters, a masked table, paging; Enter or a double click opens the patient. */
public final class PatientListController implements ShellContent {

    private final PatientListViewModel vm;
    private final I18n i18n;
    private final Consumer<PatientRecord> details;

    @FXML private TextField nameFilter;
    @FXML private TextField idFilter;
    @FXML private ComboBox<Division> townshipFilter;
    @FXML private ComboBox<PovertyStatus> povertyFilter;
    @FXML private TableView<PatientListItem> table;
    @FXML private TableColumn<PatientListItem, String> nameColumn;
    @FXML private TableColumn<PatientListItem, String> idColumn;
    @FXML private TableColumn<PatientListItem, String> sexColumn;
    @FXML private TableColumn<PatientListItem, String> birthColumn;
    @FXML private TableColumn<PatientListItem, String> townshipColumn;
    @FXML private TableColumn<PatientListItem, String> villageColumn;
    @FXML private TableColumn<PatientListItem, String> povertyColumn;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private Label pageLabel;
    @FXML private Button revealButton;
    @FXML private Button openButton;
    @FXML private Label messageLabel;

    /** @param details shows an opened patient (a dialog in the app) */
    public PatientListController(PatientListViewModel vm, I18n i18n, Consumer<PatientRecord> details) {
        this.vm = vm;
        this.i18n = i18n;
        this.details = details;
    }

    @FXML
    private void initialize() {
        nameFilter.textProperty().bindBidirectional(vm.name());
        idFilter.textProperty().bindBidirectional(vm.idNumber());
        String all = i18n.get("cases.filter.all");
        Forms.choiceWithAll(townshipFilter, vm.townships(), Division::name, all);
        townshipFilter.valueProperty().bindBidirectional(vm.township());
        Forms.choiceWithAll(povertyFilter, vm.povertyGroups(), i18n::label, all);
        povertyFilter.valueProperty().bindBidirectional(vm.poverty());
        table.setItems(vm.items());
        Tables.text(nameColumn, PatientListItem::maskedName);
        Tables.text(idColumn, PatientListItem::maskedIdNumber);
        Tables.text(sexColumn, r -> i18n.label(r.sex()));
        Tables.text(birthColumn, r -> r.birthDate() == null ? "" : r.birthDate().toString());
        Tables.text(townshipColumn, r -> r.townshipName() == null ? "" : r.townshipName());
        Tables.text(villageColumn, r -> r.villageName() == null ? "" : r.villageName());
        Tables.text(povertyColumn, r -> i18n.label(r.poverty()));
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                onOpen();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                onOpen();
            }
        });
        pageLabel.textProperty().bind(vm.pageText());
        previousButton.disableProperty().bind(vm.hasPrevious().not().or(vm.busy()));
        nextButton.disableProperty().bind(vm.hasNext().not().or(vm.busy()));
        var noSelection = table.getSelectionModel().selectedItemProperty().isNull();
        openButton.disableProperty().bind(noSelection);
        revealButton.setVisible(vm.mayReveal());
        revealButton.setManaged(vm.mayReveal());
        revealButton.disableProperty().bind(noSelection);
        messageLabel.textProperty().bind(vm.message());
        vm.load();
    }

    @Override
    public void activated() {
        vm.reload();
    }

    @Override
    public boolean focusSearch() {
        nameFilter.requestFocus();
        return true;
    }

    @FXML
    private void onSearch() {
        vm.search();
    }

    @FXML
    private void onClearFilters() {
        vm.clearFilters();
    }

    @FXML
    private void onPrevious() {
        vm.previousPage();
    }

    @FXML
    private void onNext() {
        vm.nextPage();
    }

    @FXML
    private void onReveal() {
        vm.reveal(table.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onOpen() {
        vm.open(table.getSelectionModel().getSelectedItem(), details);
    }
}
