package cn.screening.workstation.ui.registration;

import cn.screening.workstation.domain.cases.Disease;
import cn.screening.workstation.domain.division.Division;
import cn.screening.workstation.domain.identity.IdType;
import cn.screening.workstation.domain.patient.Address;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.screening.HemophiliaScreening;
import cn.screening.workstation.domain.screening.ScreeningClass;
import cn.screening.workstation.domain.screening.ScreeningResult;
import cn.screening.workstation.domain.site.SiteProfile;
import cn.screening.workstation.domain.validation.Violation;
import cn.screening.workstation.service.CaseRegistration;
import cn.screening.workstation.service.Registrar;
import cn.screening.workstation.service.RegistrationOutcome;
import cn.screening.workstation.service.RegistrationRequest;
import cn.screening.workstation.service.RuleBook;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.ui.common.FieldProblems;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import cn.screening.workstation.ui.shell.Navigator;
import cn.screening.workstation.ui.shell.ScreenKit;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The registration form: patient, disease and hemophilia screening; the live classification; and
 * saving through the service, which decides (errors at their fields, warnings acknowledged, a known
 * ID number offered instead of a second patient).
 */
public final class RegistrationViewModel {

    private final Registrar registrar;
    private final RuleBook rules;
    private final SiteProfile site;
    private final Tasks tasks;
    private final Texts texts;
    private final I18n i18n;
    private final Clock clock;
    private final Navigator navigator;

    private final PatientForm patient;
    private final ScreeningForm screening;
    private final FieldProblems problems;
    private final ObjectProperty<Disease> disease = new SimpleObjectProperty<>();
    private final ObjectProperty<KnownPatient> knownPatient = new SimpleObjectProperty<>();
    private final RegistrationChoices choices;
    private final ObjectBinding<ScreeningResult> classification;
    private final ObservableList<String> reasons = FXCollections.observableArrayList();
    private final ObservableList<String> errors = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanBinding hemophilia;

    public RegistrationViewModel(Registrar registrar, RuleBook rules, SiteProfile site, ReferenceRanges ranges,
                                 ScreenKit kit) {
        this.registrar = registrar;
        this.rules = rules;
        this.site = site;
        this.tasks = kit.tasks();
        this.texts = kit.texts();
        this.i18n = kit.i18n();
        this.clock = kit.clock();
        this.navigator = kit.navigator();
        this.patient = new PatientForm(this::today);
        this.screening = new ScreeningForm(ranges);
        this.problems = new FieldProblems(texts, i18n);
        this.choices = new RegistrationChoices(tasks, rules);
        this.hemophilia = Bindings.createBooleanBinding(
                () -> disease.get() == null || CaseRegistration.HEMOPHILIA.equals(disease.get().code()), disease);
        List<javafx.beans.Observable> deps = new ArrayList<>(List.of(screening.dependencies()));
        deps.add(patient.sex);
        this.classification = Bindings.createObjectBinding(this::classify, deps.toArray(javafx.beans.Observable[]::new));
        classification.addListener((obs, old, now) -> showReasons(now));
        showReasons(classification.get());
        patient.township.addListener((obs, old, now) -> choices.villagesOf(now));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Reads what the form offers in the background; the usual choices are set once it is there. */
    public void load() {
        choices.load(site.countyCode(), this::setDefaults);
    }

    private void setDefaults() {
        if (disease.get() == null) {
            choices.diseases().stream().filter(d -> CaseRegistration.HEMOPHILIA.equals(d.code())).findFirst().ifPresent(disease::set);
        }
        if (patient.ethnicity.get() == null) {
            choices.ethnicities().stream().filter(e -> "01".equals(e.code())).findFirst().ifPresent(patient.ethnicity::set);
        }
        if (patient.township.get() == null && site.divisionCode().length() == 9) {
            choices.townships().stream().filter(t -> t.code().equals(site.divisionCode())).findFirst().ifPresent(patient.township::set);
        }
    }

    /** The ID field lost focus: tidy the number, fill sex and birth date, and show what the rules say of it. */
    public void idNumberCommitted() {
        problems.clear("id_number");
        if (patient.idNumber.get().isBlank()) {
            return;
        }
        if (patient.idType.get() != IdType.RESIDENT_ID) {
            return;
        }
        patient.deriveFromIdNumber();
        var result = rules.idNumberRules().validate(patient.idNumber.get(), today());
        problems.show("id_number", result.violations());
        if (!result.hasErrors()) {
            problems.clear("sex");
            problems.clear("birth_date");
        }
    }

    private ScreeningResult classify() {
        HemophiliaScreening form = screening.read(new ArrayList<>());
        return rules.classifier().classify(form, patient.sex.get());
    }

    private void showReasons(ScreeningResult result) {
        reasons.setAll(result.reasonKeys().stream().map(k -> texts.get(k)).toList());
    }

    public String classificationText() {
        return i18n.label(classification.get().cls());
    }

    /** Saves through the service in the background; the dialogs answer its questions. */
    public void save(RegistrationDialogs dialogs) {
        if (busy.get()) {
            return;
        }
        List<Violation> formProblems = new ArrayList<>();
        HemophiliaScreening form = hemophilia.get() ? screening.read(formProblems) : null;
        if (!formProblems.isEmpty()) {
            showInvalid(formProblems);
            return;
        }
        String diseaseCode = disease.get() == null ? CaseRegistration.HEMOPHILIA : disease.get().code();
        // for a known patient the service reads the stored record and ignores the (hidden) patient fields
        var known = knownPatient.get() == null ? null : knownPatient.get().patientId();
        submit(new RegistrationRequest(patient.toPatient((t, v) -> null), known, diseaseCode, form, false), dialogs);
    }

    private void submit(RegistrationRequest request, RegistrationDialogs dialogs) {
        status.set("");
        tasks.run(() -> registrar.register(withVillageCode(request)))
                .onSuccess(outcome -> handle(outcome, request, dialogs))
                .busy(busy)
                .start();
    }

    // the village table is read from the jar, so the code is looked up here, in the background
    private RegistrationRequest withVillageCode(RegistrationRequest r) {
        Patient p = r.patient();
        Address a = p.address();
        if (a == null || a.townshipCode() == null || a.villageName() == null) {
            return r;
        }
        String code = rules.divisions().villageByName(a.townshipCode(), a.villageName()).map(Division::code).orElse(null);
        Patient withCode = new Patient(p.id(), p.name(), p.idType(), p.idNumber(), p.sex(), p.birthDate(), p.ethnicityCode(),
                p.phone(), new Address(a.townshipCode(), code, a.villageName(), a.detail()), p.guardian(), p.povertyStatus(),
                p.insurance(), p.registeredSite(), p.meta());
        return new RegistrationRequest(withCode, r.existingPatientId(), r.diseaseCode(), r.screening(), r.warningsAcknowledged());
    }

    private void handle(RegistrationOutcome outcome, RegistrationRequest request, RegistrationDialogs dialogs) {
        if (outcome instanceof RegistrationOutcome.Saved saved) {
            ScreeningClass cls = saved.screening() == null ? null : saved.screening().cls();
            problems.clear();
            errors.clear();
            patient.clear();
            screening.clear();
            knownPatient.set(null);
            status.set(cls == null ? i18n.get("registration.saved", saved.caseNo())
                    : i18n.get("registration.saved.classified", saved.caseNo(), i18n.label(cls)));
            navigator.dataChanged();
        } else if (outcome instanceof RegistrationOutcome.Invalid invalid) {
            showInvalid(invalid.result().violations());
        } else if (outcome instanceof RegistrationOutcome.NeedsAcknowledgement ack) {
            problems.showAll(ack.warnings().violations());
            errors.clear();
            List<String> lines = ack.warnings().violations().stream().map(problems::describe).toList();
            if (dialogs.acknowledgeWarnings(lines)) {
                submit(request.acknowledged(), dialogs);
            } else {
                status.set(i18n.get("registration.notSaved"));
            }
        } else if (outcome instanceof RegistrationOutcome.DuplicateIdentity dup) {
            switch (dialogs.duplicateFound(dup.maskedName(), dup.maskedIdNumber())) {
                case OPEN_RECORD -> navigator.showCasesOf(request.patient().idNumber());
                case ADD_CASE -> submit(request.forExistingPatient(dup.existingPatientId()), dialogs);
                case CANCEL -> status.set(i18n.get("registration.notSaved"));
            }
        }
    }

    private void showInvalid(List<Violation> violations) {
        problems.showAll(violations);
        errors.setAll(violations.stream().filter(Violation::isError).map(problems::describe).toList());
        status.set(i18n.get("registration.invalid", errors.size()));
    }

    /**
     * Starts a new case for a patient already registered (or imported): the patient fields give way
     * to the masked name and ID, the sex is theirs for the live classification, and saving adds the case.
     */
    public void startFor(KnownPatient known) {
        clear();
        knownPatient.set(known);
        patient.sex.set(known.sex());
        status.set(i18n.get("registration.forPatient.started", known.maskedName(), known.maskedIdNumber()));
    }

    public void clear() {
        knownPatient.set(null);
        patient.clear();
        screening.clear();
        problems.clear();
        errors.clear();
        status.set("");
        setDefaults();
    }

    public PatientForm patient() {
        return patient;
    }

    public ScreeningForm screening() {
        return screening;
    }

    public FieldProblems problems() {
        return problems;
    }

    /** The registered patient this case is for; null when the form registers a new patient. */
    public ObjectProperty<KnownPatient> knownPatient() {
        return knownPatient;
    }

    public ObjectProperty<Disease> disease() {
        return disease;
    }

    public ObjectBinding<ScreeningResult> classification() {
        return classification;
    }

    public ObservableList<String> reasons() {
        return reasons;
    }

    public ObservableList<String> errors() {
        return errors;
    }

    public StringProperty status() {
        return status;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public BooleanBinding hemophilia() {
        return hemophilia;
    }

    /** The townships, villages, ethnicities and diseases the form offers. */
    public RegistrationChoices choices() {
        return choices;
    }

    public I18n i18n() {
        return i18n;
    }
}
