package cn.screening.workstation.ui.results;

import cn.screening.workstation.domain.specimen.AssayMethod;
import cn.screening.workstation.domain.specimen.Diagnosis;
import cn.screening.workstation.domain.specimen.FactorActivity;
import cn.screening.workstation.domain.specimen.HemophiliaSeverity;
import cn.screening.workstation.domain.specimen.InhibitorScreen;
import cn.screening.workstation.domain.specimen.LabResult;
import cn.screening.workstation.domain.specimen.ResultEntry;
import cn.screening.workstation.ui.common.Numbers;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The lab's numbers as typed ("&lt;1" allowed for a factor) and its conclusion. */
public final class ResultForm {

    final StringProperty fviii = new SimpleStringProperty("");
    final StringProperty fix = new SimpleStringProperty("");
    final ObjectProperty<AssayMethod> method = new SimpleObjectProperty<>(AssayMethod.ONE_STAGE);
    final StringProperty vwfAg = new SimpleStringProperty("");
    final StringProperty vwfNotDoneReason = new SimpleStringProperty("");
    final ObjectProperty<InhibitorScreen> inhibitorScreen = new SimpleObjectProperty<>(InhibitorScreen.NOT_DONE);
    final StringProperty bethesda = new SimpleStringProperty("");
    final ObjectProperty<Diagnosis> diagnosis = new SimpleObjectProperty<>();
    final ObjectProperty<HemophiliaSeverity> severity = new SimpleObjectProperty<>();
    final StringProperty overrideReason = new SimpleStringProperty("");

    Observable[] numbers() {
        return new Observable[] {fviii, fix, method, vwfAg, vwfNotDoneReason, inhibitorScreen, bethesda};
    }

    Observable[] conclusion() {
        return new Observable[] {diagnosis, severity, overrideReason};
    }

    /** The numbers only: what the live derivation reads. */
    ResultEntry numbersOnly() {
        return new ResultEntry(fviii.get(), fix.get(), method.get(), vwfAg.get(), vwfNotDoneReason.get(), inhibitorScreen.get(),
                bethesda.get(), null, null, null);
    }

    /** The numbers with the lab's conclusion. */
    ResultEntry confirmed() {
        return numbersOnly().confirming(diagnosis.get(), severity.get(), overrideReason.get());
    }

    void clear() {
        fviii.set("");
        fix.set("");
        method.set(AssayMethod.ONE_STAGE);
        vwfAg.set("");
        vwfNotDoneReason.set("");
        inhibitorScreen.set(InhibitorScreen.NOT_DONE);
        bethesda.set("");
        diagnosis.set(null);
        severity.set(null);
        overrideReason.set("");
    }

    /** Fills the form from a result entered before. */
    void show(LabResult r) {
        fviii.set(text(r.fviii()));
        fix.set(text(r.fix()));
        method.set(r.method() == null ? AssayMethod.ONE_STAGE : r.method());
        vwfAg.set(Numbers.show(r.vwfAg()));
        vwfNotDoneReason.set(r.vwfNotDoneReason() == null ? "" : r.vwfNotDoneReason());
        inhibitorScreen.set(r.inhibitorScreen() == null ? InhibitorScreen.NOT_DONE : r.inhibitorScreen());
        bethesda.set(Numbers.show(r.bethesdaBu()));
        diagnosis.set(r.diagnosis());
        severity.set(r.severity());
        overrideReason.set(r.overrideReason() == null ? "" : r.overrideReason());
    }

    private static String text(FactorActivity f) {
        return f == null ? "" : f.text();
    }

    public StringProperty fviii() {
        return fviii;
    }

    public StringProperty fix() {
        return fix;
    }

    public ObjectProperty<AssayMethod> method() {
        return method;
    }

    public StringProperty vwfAg() {
        return vwfAg;
    }

    public StringProperty vwfNotDoneReason() {
        return vwfNotDoneReason;
    }

    public ObjectProperty<InhibitorScreen> inhibitorScreen() {
        return inhibitorScreen;
    }

    public StringProperty bethesda() {
        return bethesda;
    }

    public ObjectProperty<Diagnosis> diagnosis() {
        return diagnosis;
    }

    public ObjectProperty<HemophiliaSeverity> severity() {
        return severity;
    }

    public StringProperty overrideReason() {
        return overrideReason;
    }
}
