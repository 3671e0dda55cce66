package cn.screening.workstation.ui.samples;

import cn.screening.workstation.domain.specimen.Aliquot;
import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.domain.specimen.SampleRules;
import cn.screening.workstation.domain.specimen.TubeType;
import cn.screening.workstation.domain.validation.Violation;
import cn.screening.workstation.ui.common.Numbers;
import cn.screening.workstation.ui.common.TimeText;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The tube as typed: its type, fill, times, aliquots and storage temperature, read into a draft Sample. */
public final class DrawForm {

    final ObjectProperty<TubeType> tubeType = new SimpleObjectProperty<>(TubeType.CITRATE_3_2);
    final StringProperty fillPercent = new SimpleStringProperty("");
    final StringProperty drawnAt = new SimpleStringProperty("");
    final StringProperty drawnBy = new SimpleStringProperty("");
    final StringProperty spunAt = new SimpleStringProperty("");
    final StringProperty frozenAt = new SimpleStringProperty("");
    final StringProperty aliquotCount = new SimpleStringProperty("");
    final StringProperty aliquotVolume = new SimpleStringProperty("0.5");
    final StringProperty storageTempC = new SimpleStringProperty("");

    Observable[] dependencies() {
        return new Observable[] {tubeType, fillPercent, drawnAt, drawnBy, spunAt, frozenAt, aliquotCount, aliquotVolume, storageTempC};
    }

    /** The draft for the case, or null when a field cannot be read (its problem is added). */
    Sample read(CaseRef forCase, String siteCode, TimeText time, List<Violation> problems) {
        int before = problems.size();
        Integer fill = integer(fillPercent.get(), SampleRules.FILL, problems);
        if (fill == null && problems.size() == before) {
            problems.add(Violation.error(SampleRules.FILL, "sample.form.required"));
        }
        Instant drawn = instant(drawnAt.get(), SampleRules.DRAWN_AT, time, problems);
        Instant spun = instant(spunAt.get(), SampleRules.SPUN_AT, time, problems);
        Instant frozen = instant(frozenAt.get(), SampleRules.FROZEN_AT, time, problems);
        Integer storage = integer(storageTempC.get(), SampleRules.STORAGE, problems);
        List<Aliquot> aliquots = aliquots(problems);
        if (problems.size() > before) {
            return null;
        }
        return new Sample(null, null, forCase.caseId(), forCase.caseNo(), forCase.maskedName(), null, siteCode, tubeType.get(),
                fill, drawn, drawnBy.get() == null ? null : drawnBy.get().strip(), spun, frozen, aliquots, storage, null, null,
                null, null);
    }

    private List<Aliquot> aliquots(List<Violation> problems) {
        Integer count = integer(aliquotCount.get(), SampleRules.ALIQUOTS, problems);
        if (count == null || count <= 0) {
            return List.of();
        }
        try {
            BigDecimal each = Numbers.decimal(aliquotVolume.get()).orElse(null);
            return new ArrayList<>(Collections.nCopies(Math.min(count, 20), new Aliquot(each)));
        } catch (NumberFormatException e) {
            problems.add(Violation.error(SampleRules.ALIQUOTS, "sample.form.number"));
            return List.of();
        }
    }

    private static Integer integer(String text, String field, List<Violation> problems) {
        try {
            return Numbers.decimal(text).map(BigDecimal::intValueExact).orElse(null);
        } catch (NumberFormatException | ArithmeticException e) {
            problems.add(Violation.error(field, "sample.form.integer"));
            return null;
        }
    }

    private static Instant instant(String text, String field, TimeText time, List<Violation> problems) {
        try {
            return time.parse(text).orElse(null);
        } catch (DateTimeParseException e) {
            problems.add(Violation.error(field, "sample.form.time"));
            return null;
        }
    }

    /** A fresh form: 3.2% citrate, drawn now by the user logged in. */
    void reset(String user, TimeText time) {
        tubeType.set(TubeType.CITRATE_3_2);
        fillPercent.set("");
        drawnAt.set(time.now());
        drawnBy.set(user);
        spunAt.set("");
        frozenAt.set("");
        aliquotCount.set("");
        aliquotVolume.set("0.5");
        storageTempC.set("");
    }

    public ObjectProperty<TubeType> tubeType() {
        return tubeType;
    }

    public StringProperty fillPercent() {
        return fillPercent;
    }

    public StringProperty drawnAt() {
        return drawnAt;
    }

    public StringProperty drawnBy() {
        return drawnBy;
    }

    public StringProperty spunAt() {
        return spunAt;
    }

    public StringProperty frozenAt() {
        return frozenAt;
    }

    public StringProperty aliquotCount() {
        return aliquotCount;
    }

    public StringProperty aliquotVolume() {
        return aliquotVolume;
    }

    public StringProperty storageTempC() {
        return storageTempC;
    }
}
