package cn.screening.workstation.ui.results;

import cn.screening.workstation.domain.specimen.LabResult;
import cn.screening.workstation.domain.specimen.ResultCheck;
import cn.screening.workstation.domain.specimen.ResultEntry;
import cn.screening.workstation.domain.specimen.ResultRules;
import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.domain.validation.Violation;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.service.specimen.AwaitingResult;
import cn.screening.workstation.service.specimen.ResultOutcome;
import cn.screening.workstation.service.specimen.ResultsPort;
import cn.screening.workstation.service.specimen.SpecimenRefused;
import cn.screening.workstation.ui.common.FieldProblems;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import cn.screening.workstation.ui.shell.ScreenKit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Entering a tube's results at the lab: the class and the suggested diagnosis follow the numbers as
 * they are typed, refusals stand at their fields in Chinese, and the lab confirms its conclusion.
 */
public final class ResultsViewModel {

    private final ResultsPort port;
    private final Tasks tasks;
    private final Texts texts;
    private final I18n i18n;
    private final Runnable changed;
    private final ResultForm form = new ResultForm();
    private final FieldProblems problems;
    private final ObservableList<AwaitingResult> awaiting = FXCollections.observableArrayList();
    private final ObjectProperty<AwaitingResult> selected = new SimpleObjectProperty<>();
    private final StringProperty derived = new SimpleStringProperty("");
    private final StringProperty suggested = new SimpleStringProperty("");
    private final StringProperty inhibitor = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty confirmedAlready = new SimpleBooleanProperty();

    public ResultsViewModel(ResultsPort port, ScreenKit kit) {
        this.port = port;
        this.tasks = kit.tasks();
        this.texts = kit.texts();
        this.i18n = kit.i18n();
        this.changed = kit::changed;
        this.problems = new FieldProblems(texts, i18n);
        for (var o : form.numbers()) {
            o.addListener(x -> derive());
        }
        for (var o : form.conclusion()) {
            o.addListener(x -> check(form.confirmed()));
        }
    }

    public void load() {
        tasks.run(port::awaiting).onSuccess(awaiting::setAll).busy(busy).start();
    }

    public void select(AwaitingResult tube) {
        // the list re-read after a save drops the selection and then finds the same tube again: keep what is shown
        if (tube == null || selected.get() != null && selected.get().sampleId().equals(tube.sampleId())) {
            if (tube != null) {
                selected.set(tube);
            }
            return;
        }
        selected.set(tube);
        message.set("");
        form.clear();
        problems.clear();
        confirmedAlready.set(false);
        UUID id = tube.sampleId();
        tasks.run(() -> port.ofSample(id)).onSuccess(r -> r.ifPresent(this::showEntered)).busy(busy).start();
    }

    private void showEntered(LabResult r) {
        form.show(r);
        confirmedAlready.set(r.confirmed());
        if (r.confirmed()) {
            message.set(i18n.get("results.confirmedBy", r.confirmedBy() == null ? "" : r.confirmedBy()));
        }
    }

    /** The numbers changed: derive class and suggestion, and offer the suggestion as the diagnosis. */
    private void derive() {
        ResultCheck c = check(form.numbersOnly());
        if (c != null && c.suggestedDiagnosis() != null && !confirmedAlready.get()) {
            form.diagnosis.set(c.suggestedDiagnosis());
            form.severity.set(c.derivedSeverity());
        }
    }

    /** Live check of the entry; the problems stand at their fields. */
    private ResultCheck check(ResultEntry entry) {
        ResultCheck c = port.rules().check(entry, null);
        problems.showAll(c.violations().violations().stream().filter(notEmptyComplaint()).toList());
        derived.set(c.derivedSeverity() == null ? i18n.get("results.derived.none") : i18n.label(c.derivedSeverity()));
        suggested.set(c.suggestedDiagnosis() == null ? i18n.get("results.derived.none") : i18n.label(c.suggestedDiagnosis()));
        inhibitor.set(c.highTitre() ? i18n.get("results.inhibitor.high")
                : c.inhibitorPositive() ? i18n.get("results.inhibitor.positive") : i18n.get("results.inhibitor.none"));
        return c;
    }

    // an empty form is not yet wrong: "enter at least one result" waits for the save
    private static Predicate<Violation> notEmptyComplaint() {
        return v -> !"specimen.result.empty".equals(v.messageKey());
    }

    /** Saves the numbers without a conclusion. */
    public void saveNumbers(Acknowledger ack) {
        submit(form.numbersOnly(), false, ack);
    }

    /** Saves the numbers with the lab's confirmed diagnosis and class. */
    public void confirm(Acknowledger ack) {
        if (form.diagnosis.get() == null) {
            List<Violation> all = new ArrayList<>(port.rules().check(form.numbersOnly(), null).violations().errors());
            all.add(Violation.error(ResultRules.DIAGNOSIS, "results.diagnosis.required"));
            refused(new ValidationResult(all));
            return;
        }
        submit(form.confirmed(), false, ack);
    }

    private void submit(ResultEntry entry, boolean acknowledged, Acknowledger ack) {
        AwaitingResult tube = selected.get();
        if (tube == null || busy.get()) {
            return;
        }
        ValidationResult local = port.rules().check(entry, null).violations();
        if (local.hasErrors()) {
            refused(local);
            return;
        }
        // the acknowledged entry goes again once this run has ended: while it runs, busy refuses a new submit
        AtomicBoolean again = new AtomicBoolean();
        tasks.run(() -> port.enter(tube, entry, acknowledged))
                .onSuccess(outcome -> {
                    if (outcome instanceof ResultOutcome.NeedsAcknowledgement n) {
                        problems.showAll(n.warnings().violations());
                        if (!acknowledged && ack.acknowledge(n.warnings().violations().stream().map(problems::describe).toList())) {
                            again.set(true);
                        } else {
                            message.set(i18n.get("results.notSaved"));
                        }
                    } else if (outcome instanceof ResultOutcome.Saved saved) {
                        LabResult r = saved.result();
                        confirmedAlready.set(r.confirmed());
                        message.set(r.confirmed()
                                ? i18n.get("results.confirmed", r.sampleNo(), i18n.label(r.diagnosis()), i18n.label(r.severity()))
                                : i18n.get("results.saved", r.sampleNo()));
                        changed.run();
                        showInList(tube.with(r)); // the saved result answers the row: no list read again
                    }
                })
                .onError(SpecimenRefused.class, e -> refused(e.violations()))
                .onError(ServiceException.class, e -> message.set(texts.of(e)))
                .busy(busy)
                .andFinally(() -> {
                    if (again.get()) {
                        submit(entry, true, ack);
                    }
                })
                .start();
    }

    private void showInList(AwaitingResult row) {
        for (int i = 0; i < awaiting.size(); i++) {
            if (awaiting.get(i).sampleId().equals(row.sampleId())) {
                awaiting.set(i, row);
                return;
            }
        }
    }

    private void refused(ValidationResult r) {
        problems.showAll(r.violations());
        message.set(i18n.get("results.refused", String.join(i18n.get("list.separator"),
                r.errors().stream().map(problems::describe).toList())));
    }

    /** Asks the user to confirm the warnings before saving. */
    @FunctionalInterface
    public interface Acknowledger {
        boolean acknowledge(List<String> warnings);
    }

    public ResultForm form() {
        return form;
    }

    public FieldProblems problems() {
        return problems;
    }

    public ObservableList<AwaitingResult> awaiting() {
        return awaiting;
    }

    public ObjectProperty<AwaitingResult> selected() {
        return selected;
    }

    public StringProperty derived() {
        return derived;
    }

    public StringProperty suggested() {
        return suggested;
    }

    public StringProperty inhibitor() {
        return inhibitor;
    }

    public StringProperty message() {
        return message;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public BooleanProperty confirmedAlready() {
        return confirmedAlready;
    }
}
