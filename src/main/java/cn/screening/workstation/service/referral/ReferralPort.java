package cn.screening.workstation.service.referral;

import cn.screening.workstation.domain.referral.BackReferral;
import cn.screening.workstation.domain.referral.Referral;
import cn.screening.workstation.domain.referral.ReferralMove;
import cn.screening.workstation.domain.referral.Urgency;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the referral screens need of the services; every call reads or writes the store: off the FX thread. */
public interface ReferralPort {

    /** This workstation's site code: which end of a referral it is. */
    String siteCode();

    /** Whether this user writes and signs back-referrals (the hospital's physician, not its lab); no store access. */
    boolean maySignBackReferral();

    /** The designated hospitals of the reference data, where a referral may go. */
    List<Hospital> hospitals();

    /** A new letter for a case: the patient masked, diagnosis and clinical summary from its screening and results. */
    Prefill prefill(UUID caseId);

    /** An existing draft, to edit it. */
    Prefill prefillDraft(UUID referralId);

    Referral saveDraft(Letter letter);

    /** Saves and submits in one step; refused with the fields named when the letter is incomplete. */
    Referral submit(Letter letter);

    /** The referrals this site sent or received, newest first, patients masked. */
    List<ReferralEntry> list();

    /**
     * One move of the state machine, answered with the referral as the list now shows it; refused with
     * the domain's sentence when this side may not make it now.
     */
    ReferralEntry move(UUID referralId, ReferralMove move, String note);

    /** The patient came: seen in outpatients, or admitted with an inpatient number. */
    ReferralEntry arrived(UUID referralId, boolean admitted, String inpatientNo);

    ReferralEntry backRefer(UUID referralId, BackReferral back);

    /** Prints the 转诊单 with its 存根 on the default printer, if the machine has one. */
    Printed printLetter(UUID referralId);

    /** Writes the 转诊单 with its 存根 as a PDF. */
    void saveLetter(UUID referralId, Path file);

    Printed printBackLetter(UUID referralId);

    void saveBackLetter(UUID referralId, Path file);

    /** What became of a print request. */
    enum Printed { SENT, NO_PRINTER }

    /** A hospital a referral may go to. */
    record Hospital(String code, String name) {
    }

    /** What the form starts with. {@code referralId} is null for a new letter. */
    record Prefill(UUID referralId, UUID caseId, String patient, String caseNo, Letter letter) {
    }

    /** The letter as the form edits it. {@code referralId} is null until it is first saved. */
    record Letter(UUID referralId, UUID caseId, String toSite, String toDepartment, String purpose,
                  String preliminaryDiagnosis, String clinicalSummary, String precautions, Urgency urgency,
                  LocalDate validFrom, LocalDate validUntil, String doctorPhone) {
    }
}
