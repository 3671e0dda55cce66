package cn.screening.workstation.ui.samples;

import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.domain.validation.Violation;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.service.specimen.DrawRequest;
import cn.screening.workstation.service.specimen.SampleDrawPort;
import cn.screening.workstation.service.specimen.SpecimenPrints;
import cn.screening.workstation.ui.common.FieldProblems;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.PageState;
import cn.screening.workstation.ui.common.Printout;
import cn.screening.workstation.ui.common.Tasks;
import cn.screening.workstation.ui.common.TimeText;
import cn.screening.workstation.ui.shell.ScreenKit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;

/**
 * Drawing a tube for a case: the form checked against the sample rules as it is typed (the same
 * Chinese sentences the service refuses with), saved, then its number shown as barcodes and its
 * label printed, or saved as a PDF where there is no printer.
 */
public final class SampleDrawViewModel {

    private final SampleDrawPort port;
    private final SpecimenPrints prints;
    private final Printout printout;
    private final Tasks tasks;
    private final Texts texts;
    private final I18n i18n;
    private final TimeText time;
    private final String siteCode;
    private final String user;
    private final Runnable changed;
    private final DrawForm form = new DrawForm();
    private final PageState page;
    private final FieldProblems problems;
    private final ObjectProperty<CaseRef> forCase = new SimpleObjectProperty<>();
    private final ObjectProperty<Sample> saved = new SimpleObjectProperty<>();
    private final StringProperty message;
    private final BooleanProperty busy;

    /**
     * @param user who is logged in: the form's default collector
     */
    public SampleDrawViewModel(SampleDrawPort port, SpecimenPrints prints, ScreenKit kit, String siteCode, String user) {
        this.port = port;
        this.prints = prints;
        this.tasks = kit.tasks();
        this.texts = kit.texts();
        this.i18n = kit.i18n();
        this.time = kit.time();
        this.siteCode = siteCode;
        this.user = user;
        this.changed = kit::changed;
        this.page = new PageState(texts, i18n);
        this.problems = page.problems();
        this.message = page.message();
        this.busy = page.busy();
        this.printout = new Printout(tasks, texts, i18n, message, busy);
        form.reset(user, time);
        for (var d : form.dependencies()) {
            d.addListener(obs -> check());
        }
    }

    /** Starts a new tube for this case. */
    public void start(CaseRef ref) {
        forCase.set(ref);
        saved.set(null);
        message.set("");
        form.reset(user, time);
        problems.clear();
    }

    /** Live check: each field shows the first thing the rules say of it; nothing is saved. */
    private ValidationResult check() {
        List<Violation> formProblems = new ArrayList<>();
        Sample draft = forCase.get() == null ? null : form.read(forCase.get(), siteCode, time, formProblems);
        ValidationResult result = draft == null ? new ValidationResult(formProblems)
                : port.rules().validate(draft, time.instant());
        problems.showAll(result.violations());
        return result;
    }

    public void save() {
        if (busy.get() || forCase.get() == null || saved.get() != null) {
            return;
        }
        ValidationResult result = check();
        if (result.hasErrors()) {
            message.set(i18n.get("sample.notSaved", result.errors().size()));
            return;
        }
        Sample d = form.read(forCase.get(), siteCode, time, new ArrayList<>());
        DrawRequest request = new DrawRequest(d.tubeType(), d.fillPercent(), d.drawnAt(), d.drawnBy(), d.spunAt(), d.frozenAt(),
                d.aliquots(), d.storageTempC());
        tasks.run(() -> port.draw(d.caseId(), request))
                .onSuccess(s -> {
                    saved.set(s);
                    message.set(i18n.get("sample.saved", s.sampleNo()));
                    changed.run();
                })
                .refusedOn(problems, message)
                .busy(busy)
                .start();
    }

    /** Prints the saved tube's label; {@code noPrinter} is told when this PC has none. */
    public void printLabel(Runnable noPrinter) {
        Sample s = saved.get();
        if (s == null) {
            return;
        }
        printout.print(() -> prints.printLabel(s.id()), i18n.get("sample.label.printed", s.sampleNo()), noPrinter);
    }

    public String labelFileName() {
        Sample s = saved.get();
        return i18n.get("sample.label.fileName", s == null ? "" : s.sampleNo());
    }

    public void saveLabel(Path file) {
        Sample s = saved.get();
        if (s == null || file == null) {
            return;
        }
        printout.save(file, f -> prints.saveLabel(s.id(), f), "sample.label.saved");
    }

    public DrawForm form() {
        return form;
    }

    public ObjectProperty<CaseRef> forCase() {
        return forCase;
    }

    /** The tube once saved: its number is what the barcodes show. */
    public ObjectProperty<Sample> saved() {
        return saved;
    }

    /** The message line, the busy flag and the fields' problems. */
    public PageState page() {
        return page;
    }
}
