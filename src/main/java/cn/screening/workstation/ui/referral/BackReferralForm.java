package cn.screening.workstation.ui.referral;

import cn.screening.workstation.domain.cases.CaseStatus;
import cn.screening.workstation.domain.referral.BackReferral;
import cn.screening.workstation.domain.referral.Referral;
import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The hospital's 下转单 as typed: diagnosis, inpatient number, results, treatment, plan, rehabilitation, phone. */
public final class BackReferralForm {

    private final StringProperty diagnosis = new SimpleStringProperty("");
    private final StringProperty inpatientNo = new SimpleStringProperty("");
    private final StringProperty keyResults = new SimpleStringProperty("");
    private final StringProperty treatment = new SimpleStringProperty("");
    private final StringProperty nextPlan = new SimpleStringProperty("");
    private final StringProperty rehabilitation = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    /** For a disease other than hemophilia: the hospital's answer (已确诊 / 已排除), or null. */
    private final ObjectProperty<CaseStatus> conclusion = new SimpleObjectProperty<>();

    /** Starts an empty form from what the lab confirmed ({@code draft}, may be null), else the letter's diagnosis. */
    void startFrom(Referral r, BackReferral draft) {
        if (!diagnosis.get().isBlank()) {
            return;
        }
        String d = draft != null && draft.diagnosis() != null ? draft.diagnosis() : r.preliminaryDiagnosis();
        diagnosis.set(d == null ? "" : d);
        if (draft != null && draft.keyResults() != null && keyResults.get().isBlank()) {
            keyResults.set(draft.keyResults());
        }
        inpatientNo.set(r.receipt().inpatientNo() == null ? "" : r.receipt().inpatientNo());
    }

    /** The back-referral as typed, written today; the service signs it with the user's name. */
    BackReferral read(LocalDate today) {
        return new BackReferral(diagnosis.get(), blankToNull(inpatientNo.get()), blankToNull(keyResults.get()),
                blankToNull(treatment.get()), nextPlan.get(), blankToNull(rehabilitation.get()), null, blankToNull(phone.get()),
                today, conclusion.get());
    }

    void clear() {
        for (StringProperty p : new StringProperty[] {diagnosis, inpatientNo, keyResults, treatment, nextPlan, rehabilitation,
                phone}) {
            p.set("");
        }
        conclusion.set(null);
    }

    public StringProperty diagnosis() {
        return diagnosis;
    }

    public StringProperty inpatientNo() {
        return inpatientNo;
    }

    public StringProperty keyResults() {
        return keyResults;
    }

    public StringProperty treatment() {
        return treatment;
    }

    public StringProperty nextPlan() {
        return nextPlan;
    }

    public StringProperty rehabilitation() {
        return rehabilitation;
    }

    public StringProperty phone() {
        return phone;
    }

    public ObjectProperty<CaseStatus> conclusion() {
        return conclusion;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
