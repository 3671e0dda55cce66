package cn.screening.workstation.ui.registry;

import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.service.registry.RegistryPort;
import cn.screening.workstation.service.registry.RegistryRow;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import cn.screening.workstation.ui.shell.ScreenKit;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The registry of confirmed hemophilia patients (masked) and its XLSX export, both in the background. */
public final class RegistryViewModel {

    private final RegistryPort port;
    private final Tasks tasks;
    private final Texts texts;
    private final I18n i18n;
    private final Clock clock;
    private final ObservableList<RegistryRow> rows = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public RegistryViewModel(RegistryPort port, ScreenKit kit) {
        this.port = port;
        this.tasks = kit.tasks();
        this.texts = kit.texts();
        this.i18n = kit.i18n();
        this.clock = kit.clock();
    }

    public void load() {
        tasks.run(port::list).onSuccess(list -> {
            rows.setAll(list);
            message.set(i18n.get("registry.count", list.size()));
        }).busy(busy).start();
    }

    /** @param whereToSave asks for the file, given a proposed name; empty when cancelled */
    public void export(Function<String, Optional<Path>> whereToSave) {
        error.set("");
        Optional<Path> file = whereToSave.apply(i18n.get("registry.export.fileName", LocalDate.now(clock).toString()));
        if (file.isEmpty()) {
            return;
        }
        Path target = file.get();
        tasks.run(() -> port.exportXlsx(target))
                .onSuccess(n -> message.set(i18n.get("registry.exported", n, target.toString())))
                .onError(ServiceException.class, e -> error.set(texts.of(e)))
                .busy(busy)
                .start();
    }

    public ObservableList<RegistryRow> rows() {
        return rows;
    }

    public StringProperty message() {
        return message;
    }

    public StringProperty error() {
        return error;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
