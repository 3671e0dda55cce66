package cn.screening.workstation.ui.followup;

import cn.screening.workstation.domain.followup.BleedCause;
import cn.screening.workstation.domain.followup.BleedEpisode;
import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The bleeds a visit records: the list so far and the fields of the next one. */
public final class BleedForm {

    private final ObservableList<BleedEpisode> bleeds = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty site = new SimpleStringProperty("");
    private final BooleanProperty joint = new SimpleBooleanProperty(true);
    private final ObjectProperty<BleedCause> cause = new SimpleObjectProperty<>(BleedCause.SPONTANEOUS);
    private final StringProperty treatment = new SimpleStringProperty("");

    /** Adds the bleed typed into the fields; the message key of what is missing, or null when added. */
    String add() {
        if (date.get() == null) {
            return "followup.problem.bleedDate";
        }
        if (site.get() == null || site.get().isBlank()) {
            return "followup.problem.bleedSite";
        }
        String how = treatment.get() == null || treatment.get().isBlank() ? null : treatment.get().strip();
        bleeds.add(new BleedEpisode(date.get(), site.get().strip(), joint.get(), cause.get(), how));
        date.set(null);
        site.set("");
        treatment.set("");
        return null;
    }

    void clear() {
        bleeds.clear();
        date.set(null);
        site.set("");
        joint.set(true);
        cause.set(BleedCause.SPONTANEOUS);
        treatment.set("");
    }

    public ObservableList<BleedEpisode> bleeds() {
        return bleeds;
    }

    public ObjectProperty<LocalDate> date() {
        return date;
    }

    public StringProperty site() {
        return site;
    }

    public BooleanProperty joint() {
        return joint;
    }

    public ObjectProperty<BleedCause> cause() {
        return cause;
    }

    public StringProperty treatment() {
        return treatment;
    }
}
