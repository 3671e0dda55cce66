package cn.screening.workstation.ui.certification;

import cn.screening.workstation.domain.ledger.Certification;
import cn.screening.workstation.service.ledger.CertificationPort;
import cn.screening.workstation.service.ledger.CertificationRow;
import cn.screening.workstation.ui.common.I18n;
import cn.screening.workstation.ui.common.Tasks;
import cn.screening.workstation.ui.shell.ScreenKit;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** 核对认定: the ledger rows of one verdict (待核对 first shown), read in the background; a row opens the verdict dialog. */
public final class CertificationsViewModel {

    private final CertificationPort port;
    private final Tasks tasks;
    private final I18n i18n;
    private final BiConsumer<CertificationRow, Runnable> openForm;
    private final ObservableList<CertificationRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Certification> filter = new SimpleObjectProperty<>(Certification.PENDING);
    private final ObjectProperty<CertificationRow> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final boolean mayCertify;

    /** @param openForm opens the verdict dialog for a row; the runnable is called once the verdict is saved */
    public CertificationsViewModel(CertificationPort port, ScreenKit kit, boolean mayCertify,
                                   BiConsumer<CertificationRow, Runnable> openForm) {
        this.port = port;
        this.tasks = kit.tasks();
        this.i18n = kit.i18n();
        this.mayCertify = mayCertify;
        this.openForm = openForm;
        filter.addListener((obs, old, now) -> load());
    }

    public void load() {
        Certification status = filter.get() == null ? Certification.PENDING : filter.get();
        tasks.run(() -> port.certifications(status)).onSuccess(list -> {
            rows.setAll(list);
            message.set(i18n.get("certification.count." + status.name(), list.size()));
        }).busy(busy).start();
    }

    /** Opens the verdict dialog for the row; the list is read again once the verdict is saved. */
    public void certify(CertificationRow row) {
        if (row != null && mayCertify) {
            openForm.accept(row, this::load);
        }
    }

    public boolean mayCertify() {
        return mayCertify;
    }

    public ObservableList<CertificationRow> rows() {
        return rows;
    }

    public ObjectProperty<Certification> filter() {
        return filter;
    }

    public ObjectProperty<CertificationRow> selected() {
        return selected;
    }

    public StringProperty message() {
        return message;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
