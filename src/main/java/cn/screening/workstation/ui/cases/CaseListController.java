package cn.screening.workstation.ui.cases;

import cn.screening.workstation.domain.cases.CaseStatus;
import cn.screening.workstation.domain.cases.Disease;
import cn.screening.workstation.domain.division.Division;
import cn.screening.workstation.service.CaseDetails;
import cn.screening.workstation.service.CaseListItem;
import cn.screening.workstation.domain.cases.CaseSort;
import cn.screening.workstation.ui.common.DivisionConverter;
import cn.screening.workstation.ui.common.Forms;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.shell.ShellContent;
import cn.screening.workstation.ui.shell.ShellController;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/** The case list page. */
public final class CaseListController implements ShellContent, ShellController.CaseFilterTarget {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final CaseListViewModel vm;
    private final I18n i18n;
    private final ZoneId zone;
    private final Consumer<CaseDetails> details;

    @FXML private TextField nameFilter;
    @FXML private TextField idFilter;
    @FXML private ComboBox<CaseStatus> statusFilter;
    @FXML private ComboBox<Disease> diseaseFilter;
    @FXML private ComboBox<Division> townshipFilter;
    @FXML private ComboBox<CaseSort> sortBox;
    @FXML private TableView<CaseListItem> table;
    @FXML private TableColumn<CaseListItem, String> caseNoColumn;
    @FXML private TableColumn<CaseListItem, String> nameColumn;
    @FXML private TableColumn<CaseListItem, String> idColumn;
    @FXML private TableColumn<CaseListItem, String> sexColumn;
    @FXML private TableColumn<CaseListItem, String> birthColumn;
    @FXML private TableColumn<CaseListItem, String> diseaseColumn;
    @FXML private TableColumn<CaseListItem, String> classColumn;
    @FXML private TableColumn<CaseListItem, String> statusColumn;
    @FXML private TableColumn<CaseListItem, String> townshipColumn;
    @FXML private TableColumn<CaseListItem, String> registeredColumn;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private Label pageLabel;
    @FXML private Button revealButton;
    @FXML private Button openButton;
    @FXML private Label messageLabel;

    /** @param details shows an opened case (a dialog in the app) */
    public CaseListController(CaseListViewModel vm, I18n i18n, ZoneId zone, Consumer<CaseDetails> details) {
        this.vm = vm;
        this.i18n = i18n;
        this.zone = zone;
        this.details = details;
    }

    @FXML
    private void initialize() {
        nameFilter.textProperty().bindBidirectional(vm.name());
        idFilter.textProperty().bindBidirectional(vm.idNumber());
        Forms.enumChoice(statusFilter, CaseStatus.class, i18n, vm.status());
        statusFilter.getItems().add(0, null);
        statusFilter.setConverter(i18n.converter(CaseStatus.class, i18n.get("cases.filter.all")));
        String all = i18n.get("cases.filter.all");
        Forms.choiceWithAll(diseaseFilter, vm.diseases(), d -> d.name(i18n.locale()), all);
        diseaseFilter.valueProperty().bindBidirectional(vm.disease());
        Forms.choiceWithAll(townshipFilter, vm.townships(), Division::name, all);
        townshipFilter.valueProperty().bindBidirectional(vm.township());
        Forms.enumChoice(sortBox, CaseSort.class, i18n, vm.sort());
        sortBox.valueProperty().addListener((obs, old, now) -> vm.search());
        table.setItems(vm.items());
        column(caseNoColumn, CaseListItem::caseNo);
        column(nameColumn, CaseListItem::maskedName);
        column(idColumn, CaseListItem::maskedIdNumber);
        column(sexColumn, r -> i18n.label(r.sex()));
        column(birthColumn, r -> r.birthDate() == null ? "" : r.birthDate().toString());
        column(diseaseColumn, CaseListItem::diseaseName);
        column(classColumn, r -> i18n.label(r.classification()));
        column(statusColumn, r -> i18n.label(r.status()));
        column(townshipColumn, r -> r.townshipName() == null ? "" : r.townshipName());
        column(registeredColumn, r -> r.registeredAt() == null ? "" : WHEN.format(r.registeredAt().atZone(zone)));
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

    private static <T> void column(TableColumn<CaseListItem, String> c, Function<CaseListItem, String> value) {
        c.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
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

    @Override
    public void filterByIdNumber(String idNumber) {
        vm.name().set("");
        vm.idNumber().set(idNumber);
        vm.search();
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
