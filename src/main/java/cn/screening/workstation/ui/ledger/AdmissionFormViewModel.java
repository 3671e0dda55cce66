package cn.screening.workstation.ui.ledger;

import cn.screening.workstation.domain.ledger.Admission;
import cn.screening.workstation.domain.ledger.CityTransfer;
import cn.screening.workstation.domain.ledger.Costs;
import cn.screening.workstation.domain.ledger.HospitalLevel;
import cn.screening.workstation.domain.ledger.LedgerEntry;
import cn.screening.workstation.domain.ledger.TreatmentOutcome;
import cn.screening.workstation.service.InvalidInput;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.service.ledger.AdmissionPort;
import cn.screening.workstation.service.ledger.HospitalChoice;
import cn.screening.workstation.service.ledger.LedgerRow;
import cn.screening.workstation.ui.common.FieldProblems;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import cn.screening.workstation.ui.shell.ScreenKit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * 入院登记 / 住院记录 of one ledger row: a new stay or one recorded before, its hospital (the 转市级
 * papers when it is a city hospital), dates, treatment, outcome and costs. Saved by the ledger in
 * the background; a rule broken shows its sentence at the field and in the error line, nothing saved.
 */
public final class AdmissionFormViewModel {

    private final AdmissionPort port;
    private final Tasks tasks;
    private final Texts texts;
    private final I18n i18n;
    private final Runnable changed;
    private final FieldProblems problems;
    private final CostEntry costs;
    private final ObservableList<HospitalChoice> hospitals = FXCollections.observableArrayList();
    private final ObservableList<Admission> stays = FXCollections.observableArrayList();
    private final ObjectProperty<Admission> stay = new SimpleObjectProperty<>();
    private final ObjectProperty<HospitalChoice> hospital = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> admittedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> dischargedOn = new SimpleObjectProperty<>();
    private final StringProperty inpatientNo = new SimpleStringProperty("");
    private final StringProperty treatment = new SimpleStringProperty("");
    private final BooleanProperty pathway = new SimpleBooleanProperty();
    private final StringProperty variance = new SimpleStringProperty("");
    private final ObjectProperty<TreatmentOutcome> outcome = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> consultationDate = new SimpleObjectProperty<>();
    private final StringProperty experts = new SimpleStringProperty("");
    private final StringProperty certificateNo = new SimpleStringProperty("");
    private final StringProperty issuingHospital = new SimpleStringProperty("");
    private final BooleanBinding toCity = Bindings.createBooleanBinding(
            () -> hospital.get() != null && hospital.get().level() == HospitalLevel.CITY, hospital);
    private final StringProperty heading = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private UUID rowId;
    private Runnable saved = () -> { };

    public AdmissionFormViewModel(AdmissionPort port, ScreenKit kit) {
        this.port = port;
        this.tasks = kit.tasks();
        this.texts = kit.texts();
        this.i18n = kit.i18n();
        this.changed = kit::changed;
        this.problems = new FieldProblems(texts, i18n);
        this.costs = new CostEntry(i18n);
        stay.addListener((obs, old, now) -> fill(now));
        // a refusal of the amounts is stale once they change: the sum line says how they stand now
        costs.sumText().addListener((obs, old, now) -> error.set(""));
    }

    /**
     * Reads the row and the hospitals in the background; a stay without costs yet is picked for
     * completing, else the form starts a new one.
     *
     * @param saved told after each save (the list reads again)
     */
    public void open(LedgerRow row, Runnable saved) {
        this.rowId = row.id();
        this.saved = saved;
        heading.set(i18n.get("ledger.admission.for", row.name(), row.disease(), i18n.label(row.status())));
        tasks.run(() -> new Loaded(port.find(row.id()), port.hospitals()))
                .onSuccess(l -> {
                    hospitals.setAll(l.hospitals());
                    l.entry().ifPresent(e -> showStays(e, null));
                })
                .onError(ServiceException.class, e -> error.set(texts.of(e)))
                .busy(busy)
                .start();
    }

    private record Loaded(Optional<LedgerEntry> entry, List<HospitalChoice> hospitals) {
    }

    private void showStays(LedgerEntry e, UUID pick) {
        stays.setAll(e.admissions());
        Admission chosen = e.admissions().stream().filter(a -> a.id().equals(pick)).findFirst()
                .orElse(pick != null ? null : e.latestAdmission().filter(a -> a.costs() == null).orElse(null));
        stay.set(chosen);
        fill(chosen);
    }

    /** The fields of a recorded stay, or empty ones for a new stay. */
    private void fill(Admission a) {
        problems.clear();
        error.set("");
        hospital.set(a == null ? null : hospitals.stream().filter(h -> h.name().equals(a.hospitalName())).findFirst()
                .orElse(new HospitalChoice(a.hospitalSite(), a.hospitalName(), a.level(), a.hospitalCounty())));
        admittedOn.set(a == null ? null : a.admittedOn());
        dischargedOn.set(a == null ? null : a.dischargedOn());
        inpatientNo.set(a == null || a.inpatientNo() == null ? "" : a.inpatientNo());
        treatment.set(a == null || a.treatment() == null ? "" : a.treatment());
        pathway.set(a != null && a.clinicalPathway());
        variance.set(a == null || a.pathwayVariance() == null ? "" : a.pathwayVariance());
        outcome.set(a == null ? null : a.outcome());
        CityTransfer t = a == null ? null : a.transfer();
        consultationDate.set(t == null ? null : t.consultationDate());
        experts.set(t == null ? "" : String.join("、", t.experts()));
        certificateNo.set(t == null || t.certificateNo() == null ? "" : t.certificateNo());
        issuingHospital.set(t == null || t.issuingHospital() == null ? "" : t.issuingHospital());
        costs.show(a == null ? null : a.costs());
    }

    /** Saves the stay; amounts that cannot be read stop it here, the ledger's rules judge the rest. */
    public void save() {
        problems.clear();
        error.set("");
        message.set("");
        List<String> unreadable = new ArrayList<>();
        Costs c = costs.costs(unreadable);
        if (!unreadable.isEmpty()) {
            error.set(i18n.get("ledger.admission.fix", String.join(i18n.get("ledger.admission.joiner"), unreadable)));
            return;
        }
        Admission a = admission(c);
        UUID id = rowId;
        tasks.run(() -> port.saveAdmission(id, a))
                .onSuccess(e -> {
                    UUID pick = a.id() != null ? a.id() : e.admissions().stream().map(Admission::id)
                            .filter(x -> stays.stream().noneMatch(s -> s.id().equals(x))).findFirst().orElse(null);
                    showStays(e, pick);
                    message.set(i18n.get("ledger.admission.saved", i18n.label(e.status())));
                    changed.run();
                    saved.run();
                })
                .onError(InvalidInput.class, e -> {
                    problems.showAll(e.result().violations());
                    error.set(i18n.get("ledger.admission.fix", String.join(i18n.get("ledger.admission.joiner"),
                            e.result().errors().stream().map(problems::describe).toList())));
                })
                .onError(ServiceException.class, e -> error.set(texts.of(e)))
                .busy(busy)
                .start();
    }

    private Admission admission(Costs c) {
        HospitalChoice h = hospital.get();
        Admission before = stay.get();
        CityTransfer transfer = toCity.get() ? new CityTransfer(consultationDate.get(), Arrays.stream(experts.get().split("[、,，;；\\s]+"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList(), blankToNull(certificateNo.get()),
                blankToNull(issuingHospital.get())) : null;
        return new Admission(before == null ? null : before.id(), h == null ? null : h.site(), h == null ? null : h.name(),
                h == null ? null : h.level(), h == null ? null : h.county(), admittedOn.get(), dischargedOn.get(),
                blankToNull(inpatientNo.get()), blankToNull(treatment.get()), pathway.get(),
                pathway.get() ? blankToNull(variance.get()) : null, transfer, outcome.get(), c);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** "义县人民医院（县级）" */
    public String hospitalText(HospitalChoice h) {
        return h == null ? "" : i18n.get("ledger.admission.hospitalText", h.name(), i18n.label(h.level()));
    }

    /** "2026-03-01 义县人民医院", or 新的住院 for none. */
    public String stayText(Admission a) {
        return a == null ? i18n.get("ledger.admission.new") : a.admittedOn() + " " + a.hospitalName();
    }

    public FieldProblems problems() {
        return problems;
    }

    public CostEntry costs() {
        return costs;
    }

    public ObservableList<HospitalChoice> hospitals() {
        return hospitals;
    }

    public ObservableList<Admission> stays() {
        return stays;
    }

    public ObjectProperty<Admission> stay() {
        return stay;
    }

    public ObjectProperty<HospitalChoice> hospital() {
        return hospital;
    }

    public ObjectProperty<LocalDate> admittedOn() {
        return admittedOn;
    }

    public ObjectProperty<LocalDate> dischargedOn() {
        return dischargedOn;
    }

    public StringProperty inpatientNo() {
        return inpatientNo;
    }

    public StringProperty treatment() {
        return treatment;
    }

    public BooleanProperty pathway() {
        return pathway;
    }

    public StringProperty variance() {
        return variance;
    }

    public ObjectProperty<TreatmentOutcome> outcome() {
        return outcome;
    }

    public ObjectProperty<LocalDate> consultationDate() {
        return consultationDate;
    }

    public StringProperty experts() {
        return experts;
    }

    public StringProperty certificateNo() {
        return certificateNo;
    }

    public StringProperty issuingHospital() {
        return issuingHospital;
    }

    /** The hospital is a 市级 one: the 转市级 papers are shown and required. */
    public BooleanBinding toCity() {
        return toCity;
    }

    public StringProperty heading() {
        return heading;
    }

    public StringProperty error() {
        return error;
    }

    public StringProperty message() {
        return message;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
