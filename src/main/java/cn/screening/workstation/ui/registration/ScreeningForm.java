package cn.screening.workstation.ui.registration;

import cn.screening.workstation.domain.screening.BleedingTrigger;
import cn.screening.workstation.domain.screening.HemophiliaScreening;
import cn.screening.workstation.domain.screening.LabValue;
import cn.screening.workstation.domain.screening.MixingOutcome;
import cn.screening.workstation.domain.screening.MixingTest;
import cn.screening.workstation.domain.validation.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The hemophilia screening half of the form, as typed (numbers are text until the form is read). */
public final class ScreeningForm {

    private final Map<BleedingTrigger, BooleanProperty> triggers = new EnumMap<>(BleedingTrigger.class);
    private final Map<BleedingTrigger, StringProperty> notes = new EnumMap<>(BleedingTrigger.class);
    private final BooleanProperty familyHistory = new SimpleBooleanProperty();
    private final StringProperty familyNote = new SimpleStringProperty("");
    private final Map<Lab, LabFields> labs = new EnumMap<>(Lab.class);
    private final ObjectProperty<MixingOutcome> mixing = new SimpleObjectProperty<>(MixingOutcome.NOT_DONE);
    private final StringProperty mixSeconds = new SimpleStringProperty("");
    private final StringProperty poolSeconds = new SimpleStringProperty("");
    private final ReferenceRanges defaults;

    ScreeningForm(ReferenceRanges defaults) {
        this.defaults = defaults;
        for (BleedingTrigger t : BleedingTrigger.values()) {
            triggers.put(t, new SimpleBooleanProperty());
            notes.put(t, new SimpleStringProperty(""));
        }
        for (Lab lab : Lab.values()) {
            labs.put(lab, new LabFields());
        }
        resetRanges();
    }

    /** The value, low and high limit of one test, as typed. */
    public static final class LabFields {
        private final StringProperty value = new SimpleStringProperty("");
        private final StringProperty low = new SimpleStringProperty("");
        private final StringProperty high = new SimpleStringProperty("");

        public StringProperty value() {
            return value;
        }

        public StringProperty low() {
            return low;
        }

        public StringProperty high() {
            return high;
        }
    }

    /** Everything the classification depends on, for a binding that recomputes it. */
    Observable[] dependencies() {
        List<Observable> all = new ArrayList<>(triggers.values());
        all.add(familyHistory);
        labs.values().forEach(l -> all.addAll(List.of(l.value, l.low, l.high)));
        all.addAll(List.of(mixing, mixSeconds, poolSeconds));
        return all.toArray(Observable[]::new);
    }

    /**
     * The form as the classifier and the service read it; a number that cannot be read is left out
     * and reported in {@code problems} under its field.
     */
    HemophiliaScreening read(List<Violation> problems) {
        Map<BleedingTrigger, String> present = new LinkedHashMap<>();
        triggers.forEach((t, on) -> {
            if (on.get()) {
                present.put(t, notes.get(t).get().strip());
            }
        });
        Map<Lab, LabValue> values = new EnumMap<>(Lab.class);
        labs.forEach((lab, f) -> values.put(lab, new LabValue(number(f.value, lab.field(), problems),
                number(f.low, lab.field(), problems), number(f.high, lab.field(), problems))));
        MixingTest mix = new MixingTest(mixing.get() == null ? MixingOutcome.NOT_DONE : mixing.get(),
                number(mixSeconds, "mixing", problems), number(poolSeconds, "mixing", problems));
        return new HemophiliaScreening(present, familyHistory.get(), familyNote.get().strip(), values.get(Lab.APTT),
                values.get(Lab.PT), values.get(Lab.TT), values.get(Lab.FIB), values.get(Lab.PLT), mix, null);
    }

    private static BigDecimal number(StringProperty text, String field, List<Violation> problems) {
        String s = text.get() == null ? "" : text.get().strip().replace('．', '.');
        if (s.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            problems.add(Violation.error(field, "registration.number.invalid", s));
            return null;
        }
    }

    void clear() {
        triggers.values().forEach(p -> p.set(false));
        notes.values().forEach(p -> p.set(""));
        familyHistory.set(false);
        familyNote.set("");
        labs.values().forEach(f -> f.value.set(""));
        mixing.set(MixingOutcome.NOT_DONE);
        mixSeconds.set("");
        poolSeconds.set("");
        resetRanges();
    }

    private void resetRanges() {
        labs.forEach((lab, f) -> {
            ReferenceRanges.Range r = defaults.of(lab);
            f.low.set(r.low() == null ? "" : r.low().toPlainString());
            f.high.set(r.high() == null ? "" : r.high().toPlainString());
        });
    }

    public BooleanProperty trigger(BleedingTrigger t) {
        return triggers.get(t);
    }

    public StringProperty note(BleedingTrigger t) {
        return notes.get(t);
    }

    public BooleanProperty familyHistory() {
        return familyHistory;
    }

    public StringProperty familyNote() {
        return familyNote;
    }

    public LabFields lab(Lab lab) {
        return labs.get(lab);
    }

    public ObjectProperty<MixingOutcome> mixing() {
        return mixing;
    }

    public StringProperty mixSeconds() {
        return mixSeconds;
    }

    public StringProperty poolSeconds() {
        return poolSeconds;
    }
}
