package cn.screening.workstation.ui.importer;

import cn.screening.workstation.service.ImportPort;
import cn.screening.workstation.service.ImportPreview;
import cn.screening.workstation.service.ImportSummary;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.transfer.ImportVerdictLine;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import cn.screening.workstation.ui.shell.ScreenKit;
import java.nio.file.Path;
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
 * The patient-list import: 1 choose a file, 2 read and judge every row (nothing written),
 * 3 import the rows without errors, then a summary and the report CSV.
 */
public final class ImportViewModel {

    public enum Step { CHOOSE, PREVIEW, DONE }

    private final ImportPort port;
    private final Tasks tasks;
    private final Texts texts;
    private final I18n i18n;
    private final Runnable dataChanged;

    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.CHOOSE);
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportPreview> preview = new SimpleObjectProperty<>();
    private final ObservableList<ImportVerdictLine> lines = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public ImportViewModel(ImportPort port, ScreenKit kit) {
        this.port = port;
        this.tasks = kit.tasks();
        this.texts = kit.texts();
        this.i18n = kit.i18n();
        this.dataChanged = kit::changed;
    }

    /** A file was chosen: read and judge it in the background. */
    public void choose(Path chosen) {
        if (chosen == null) {
            return;
        }
        file.set(chosen);
        message.set("");
        tasks.run(() -> port.preview(chosen))
                .onSuccess(p -> {
                    preview.set(p);
                    lines.setAll(p.rows().stream().flatMap(r -> r.lines().stream()).toList());
                    summary.set(i18n.get("import.preview.summary", p.rows().size(), p.importableCount(), p.warningCount(),
                            p.errorCount(), p.alreadyRegisteredCount()));
                    step.set(Step.PREVIEW);
                })
                .onError(ServiceException.class, e -> message.set(texts.of(e)))
                .busy(busy)
                .start();
    }

    /** Registers the importable rows. */
    public void commit() {
        ImportPreview p = preview.get();
        if (p == null || p.importableCount() == 0) {
            message.set(i18n.get("import.nothing"));
            return;
        }
        tasks.run(() -> port.commit(p))
                .onSuccess(s -> {
                    summary.set(summaryText(s));
                    step.set(Step.DONE);
                    dataChanged.run();
                })
                .onError(ServiceException.class, e -> message.set(texts.of(e)))
                .busy(busy)
                .start();
    }

    String summaryText(ImportSummary s) {
        return i18n.get("import.done.summary", s.rows(), s.imported(), s.alreadyRegistered(), s.refused(), s.withWarnings());
    }

    public void saveReport(Path target) {
        ImportPreview p = preview.get();
        if (p == null || target == null) {
            return;
        }
        tasks.run(() -> port.writeReport(p, target))
                .onSuccess(v -> message.set(i18n.get("import.report.saved", target.toString())))
                .onError(ServiceException.class, e -> message.set(texts.of(e)))
                .busy(busy)
                .start();
    }

    public void restart() {
        step.set(Step.CHOOSE);
        file.set(null);
        preview.set(null);
        lines.clear();
        summary.set("");
        message.set("");
    }

    public BooleanBinding hasPreview() {
        return Bindings.isNotNull(preview);
    }

    public ObjectProperty<Step> step() {
        return step;
    }

    public ObjectProperty<Path> file() {
        return file;
    }

    public ObservableList<ImportVerdictLine> lines() {
        return lines;
    }

    public StringProperty summary() {
        return summary;
    }

    public StringProperty message() {
        return message;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
