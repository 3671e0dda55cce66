package cn.screening.workstation.ui.ledger;

import cn.screening.workstation.domain.cases.Disease;
import cn.screening.workstation.domain.division.Division;
import cn.screening.workstation.domain.ledger.Certification;
import cn.screening.workstation.domain.ledger.TreatmentStatus;
import cn.screening.workstation.service.PatientSource;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.service.ledger.HospitalChoice;
import cn.screening.workstation.service.ledger.LedgerFilter;
import cn.screening.workstation.service.ledger.LedgerListPort;
import cn.screening.workstation.service.ledger.LedgerRow;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.PatientView;
import cn.screening.workstation.ui.common.Tasks;
import cn.screening.workstation.ui.shell.ScreenKit;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The 救治台账 list: one row per 救治对象 × disease, masked, filtered by disease, 救治状态, township,
 * hospital of the latest admission and 认定状态 (each change reads again, in the background).
 * Opening a row opens the patient (an audited view) with the admission form one click away.
 */
public final class LedgerListViewModel {

    private final LedgerListPort port;
    private final PatientSource patients;
    private final Tasks tasks;
    private final Texts texts;
    private final I18n i18n;
    private final ObjectProperty<Disease> disease = new SimpleObjectProperty<>();
    private final ObjectProperty<TreatmentStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Division> township = new SimpleObjectProperty<>();
    private final ObjectProperty<String> hospital = new SimpleObjectProperty<>();
    private final ObjectProperty<Certification> certification = new SimpleObjectProperty<>();
    private final ObservableList<Disease> diseases = FXCollections.observableArrayList();
    private final ObservableList<TreatmentStatus> statuses = FXCollections.observableArrayList(TreatmentStatus.values());
    private final ObservableList<Division> townships = FXCollections.observableArrayList();
    private final ObservableList<String> hospitals = FXCollections.observableArrayList();
    private final ObservableList<Certification> certifications = FXCollections.observableArrayList(Certification.values());
    private final ObservableList<LedgerRow> rows = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final boolean mayKeep;
    private boolean clearing;

    public LedgerListViewModel(LedgerListPort port, PatientSource patients, ScreenKit kit) {
        this.port = port;
        this.patients = patients;
        this.tasks = kit.tasks();
        this.texts = kit.texts();
        this.i18n = kit.i18n();
        this.mayKeep = port.mayKeep();
        for (ObjectProperty<?> filter : List.of(disease, status, township, hospital, certification)) {
            filter.addListener((obs, old, now) -> {
                if (!clearing) {
                    reload();
                }
            });
        }
    }

    /** The filters' choices, then the rows. */
    public void load() {
        tasks.run(() -> new Choices(port.diseases(), port.townships(), port.hospitals()))
                .onSuccess(c -> {
                    diseases.setAll(c.diseases());
                    townships.setAll(c.townships());
                    hospitals.setAll(c.hospitals().stream().map(HospitalChoice::name).toList());
                })
                .start();
        reload();
    }

    private record Choices(List<Disease> diseases, List<Division> townships, List<HospitalChoice> hospitals) {
    }

    public void reload() {
        LedgerFilter filter = filter();
        tasks.run(() -> port.list(filter, false))
                .onSuccess(list -> {
                    rows.setAll(list);
                    message.set(list.isEmpty() ? "" : i18n.get("ledger.count", list.size()));
                })
                .onError(ServiceException.class, e -> message.set(texts.of(e)))
                .busy(busy)
                .start();
    }

    public LedgerFilter filter() {
        return new LedgerFilter(disease.get() == null ? null : disease.get().code(), status.get(),
                township.get() == null ? null : township.get().code(), hospital.get(), certification.get());
    }

    public void clearFilters() {
        clearing = true;
        disease.set(null);
        status.set(null);
        township.set(null);
        hospital.set(null);
        certification.set(null);
        clearing = false;
        reload();
    }

    /**
     * Opens the row's patient (audited, as from the 患者 list) and hands it to {@code view} with the
     * admission form on offer; a patient this workstation does not hold (a designated hospital keeps
     * the row, not the patient) is said in the message line and the form opens at once.
     */
    public void open(LedgerRow row, PatientView view, Consumer<LedgerRow> admission) {
        if (row == null) {
            return;
        }
        message.set("");
        tasks.run(() -> patients.open(row.patientId()))
                .onSuccess(r -> view.show(r, mayKeep ? i18n.get("ledger.open.admission") : null,
                        mayKeep ? () -> admission.accept(row) : null))
                .onError(ServiceException.class, e -> {
                    message.set(texts.of(e));
                    if (mayKeep) {
                        admission.accept(row);
                    }
                })
                .start();
    }

    /** Whether this user records admissions (a bureau officer reads only). */
    public boolean mayKeep() {
        return mayKeep;
    }

    public ObjectProperty<Disease> disease() {
        return disease;
    }

    public ObjectProperty<TreatmentStatus> status() {
        return status;
    }

    public ObjectProperty<Division> township() {
        return township;
    }

    public ObjectProperty<String> hospital() {
        return hospital;
    }

    public ObjectProperty<Certification> certification() {
        return certification;
    }

    public ObservableList<Disease> diseases() {
        return diseases;
    }

    public ObservableList<TreatmentStatus> statuses() {
        return statuses;
    }

    public ObservableList<Division> townships() {
        return townships;
    }

    public ObservableList<String> hospitals() {
        return hospitals;
    }

    public ObservableList<Certification> certifications() {
        return certifications;
    }

    public ObservableList<LedgerRow> rows() {
        return rows;
    }

    public StringProperty message() {
        return message;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
