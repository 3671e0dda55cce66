package cn.screening.workstation.ui.ledger;

import cn.screening.workstation.domain.ledger.Costs;
import cn.screening.workstation.domain.ledger.Payer;
import cn.screening.workstation.ui.common.I18n;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The cost block of the admission form: 总费用, each payer, 医院减免, 其他 and 个人自付 as typed in yuan,
 * and a line that adds the parts up on every key stroke and says how far they are from 总费用.
 */
public final class CostEntry {

    /** How the parts stand against 总费用. */
    public enum Sum { EMPTY, EQUAL, OFF, UNREADABLE }

    private final I18n i18n;
    private final StringProperty total = new SimpleStringProperty("");
    private final Map<Payer, StringProperty> paid = new EnumMap<>(Payer.class);
    private final StringProperty waiver = new SimpleStringProperty("");
    private final StringProperty other = new SimpleStringProperty("");
    private final StringProperty own = new SimpleStringProperty("");
    private final BooleanProperty oneStop = new SimpleBooleanProperty();
    private final BooleanProperty payLater = new SimpleBooleanProperty();
    private final StringProperty sumText = new SimpleStringProperty("");
    private final ObjectProperty<Sum> sum = new SimpleObjectProperty<>(Sum.EMPTY);

    CostEntry(I18n i18n) {
        this.i18n = i18n;
        for (Payer p : Payer.values()) {
            paid.put(p, new SimpleStringProperty(""));
        }
        List<StringProperty> amounts = new ArrayList<>(List.of(total, waiver, other, own));
        amounts.addAll(paid.values());
        amounts.forEach(s -> s.addListener((obs, old, now) -> add()));
        add();
    }

    private void add() {
        try {
            long parts = parts();
            Long t = Yuan.fen(total.get());
            if (t == null) {
                sum.set(Sum.EMPTY);
                sumText.set(i18n.get("ledger.sum.empty", Yuan.show(parts)));
            } else if (t == parts) {
                sum.set(Sum.EQUAL);
                sumText.set(i18n.get("ledger.sum.ok", Yuan.show(parts)));
            } else {
                sum.set(Sum.OFF);
                sumText.set(i18n.get("ledger.sum.off", Yuan.show(parts), Yuan.show(Math.abs(t - parts))));
            }
        } catch (Yuan.Refused e) {
            sum.set(Sum.UNREADABLE);
            sumText.set(i18n.get("ledger.sum.bad"));
        }
    }

    private long parts() throws Yuan.Refused {
        long out = 0;
        for (StringProperty s : paid.values()) {
            out += orZero(Yuan.fen(s.get()));
        }
        return out + orZero(Yuan.fen(waiver.get())) + orZero(Yuan.fen(other.get())) + orZero(Yuan.fen(own.get()));
    }

    private static long orZero(Long fen) {
        return fen == null ? 0 : fen;
    }

    /**
     * The costs as typed, null when the block is left empty (the settlement is not known yet); each
     * amount that cannot be read adds its sentence, naming the field, to {@code problems}.
     */
    Costs costs(List<String> problems) {
        List<String> found = new ArrayList<>();
        Long t = read(i18n.get("ledger.admission.total"), total, found);
        Map<Payer, Long> byPayer = new EnumMap<>(Payer.class);
        paid.forEach((p, s) -> byPayer.put(p, read(i18n.label(p), s, found)));
        Long w = read(i18n.get("ledger.admission.waiver"), waiver, found);
        Long o = read(i18n.get("ledger.admission.other"), other, found);
        Long self = read(i18n.get("ledger.admission.own"), own, found);
        problems.addAll(found);
        boolean anyPart = byPayer.values().stream().anyMatch(Objects::nonNull) || w != null || o != null || self != null;
        if (!found.isEmpty() || t == null && !anyPart) {
            return null;
        }
        if (t == null) {
            problems.add(i18n.get("ledger.amount.totalMissing"));
            return null;
        }
        byPayer.replaceAll((p, fen) -> orZero(fen));
        return new Costs(t, byPayer, orZero(w), orZero(o), orZero(self), oneStop.get(), payLater.get());
    }

    /** The field's fen, null when blank or unreadable (then its sentence, naming {@code name}, joins {@code found}). */
    private Long read(String name, StringProperty text, List<String> found) {
        try {
            return Yuan.fen(text.get());
        } catch (Yuan.Refused e) {
            found.add(i18n.get(e.key(), name, text.get().strip()));
            return null;
        }
    }

    /** Fills the block from stored costs; null empties it. */
    void show(Costs c) {
        total.set(c == null ? "" : Yuan.plain(c.totalFen()));
        paid.forEach((p, s) -> s.set(c == null || c.paid(p) == 0 ? "" : Yuan.plain(c.paid(p))));
        waiver.set(c == null || c.hospitalWaiverFen() == 0 ? "" : Yuan.plain(c.hospitalWaiverFen()));
        other.set(c == null || c.otherFen() == 0 ? "" : Yuan.plain(c.otherFen()));
        own.set(c == null || c.outOfPocketFen() == 0 ? "" : Yuan.plain(c.outOfPocketFen()));
        oneStop.set(c != null && c.oneStopSettlement());
        payLater.set(c != null && c.treatFirstPayLater());
    }

    public StringProperty total() {
        return total;
    }

    public StringProperty paid(Payer p) {
        return paid.get(p);
    }

    public StringProperty waiver() {
        return waiver;
    }

    public StringProperty other() {
        return other;
    }

    public StringProperty own() {
        return own;
    }

    public BooleanProperty oneStop() {
        return oneStop;
    }

    public BooleanProperty payLater() {
        return payLater;
    }

    public StringProperty sumText() {
        return sumText;
    }

    public ObjectProperty<Sum> sum() {
        return sum;
    }
}
