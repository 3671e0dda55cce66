package cn.screening.workstation.ui.common;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A screen built around one table: rows read in the background, the row picked, and a line saying
 * what was just done. Screens add their own actions on the picked row.
 */
public abstract class RowListViewModel<R> {

    protected final Tasks tasks;
    private final ObservableList<R> rows = FXCollections.observableArrayList();
    private final ObjectProperty<R> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    protected RowListViewModel(Tasks tasks) {
        this.tasks = tasks;
    }

    /** Reads the rows; runs off the FX thread. */
    protected abstract List<R> read() throws Exception;

    public void load() {
        reload(null);
    }

    /** Reads the rows again; {@code said} (what was just done) is shown after it. */
    protected final void reload(String said) {
        tasks.run(this::read)
                .onSuccess(list -> {
                    rows.setAll(list);
                    message.set(said != null ? said : "");
                })
                .busy(busy)
                .start();
    }

    public ObservableList<R> rows() {
        return rows;
    }

    public ObjectProperty<R> selected() {
        return selected;
    }

    public StringProperty message() {
        return message;
    }

    public BooleanProperty busy() {
        return busy;
    }
}
