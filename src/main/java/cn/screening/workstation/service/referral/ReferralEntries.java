package cn.screening.workstation.service.referral;

import cn.screening.workstation.domain.identity.Masking;
import cn.screening.workstation.domain.referral.BackReferral;
import cn.screening.workstation.domain.referral.Referral;
import cn.screening.workstation.domain.referral.ReferralMove;
import cn.screening.workstation.domain.referral.ReferralSide;
import cn.screening.workstation.domain.referral.ReferralStatus;
import cn.screening.workstation.domain.specimen.LabResult;
import cn.screening.workstation.service.ReferenceData;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.store.Tx;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Builds the referral page's rows inside a transaction: the list, and the one row a move answers with. */
final class ReferralEntries {

    private static final Comparator<Referral> NEWEST_FIRST = Comparator.comparing(r -> r.meta() == null ? null : r.meta().updatedAt(),
            Comparator.nullsLast(Comparator.reverseOrder()));

    private final Workspace ws;
    private final ReferenceData reference;
    private final LabFindings findings;
    private final Function<Referral, ReferralSide> side;

    ReferralEntries(Workspace ws, ReferenceData reference, LabFindings findings, Function<Referral, ReferralSide> side) {
        this.ws = ws;
        this.reference = reference;
        this.findings = findings;
        this.side = side;
    }

    /** This site's referrals, sent (or sent by its townships) and received, the newest first. */
    List<ReferralEntry> all(Tx tx) throws SQLException {
        String me = ws.session().site().siteCode();
        List<Referral> found = new ArrayList<>(ws.referrals().where(tx, "to_site IS NULL OR to_site <> ?", "updated_at DESC", me));
        found.addAll(ws.referrals().where(tx, "to_site = ?", "updated_at DESC", me));
        found.sort(NEWEST_FIRST);
        List<ReferralEntry> out = new ArrayList<>();
        for (Referral r : found) {
            out.add(of(tx, r));
        }
        return out;
    }

    ReferralEntry of(Tx tx, Referral r) throws SQLException {
        String name = r.patient() == null || r.patient().name() == null ? "" : Masking.name(r.patient().name());
        String carried = r.patient() == null || r.patient().caseNo() == null ? "" : r.patient().caseNo();
        String caseNo = r.caseId() == null ? carried : ws.cases().caseNumber(tx, r.caseId()).orElse(carried);
        BackReferral draft = side.apply(r) == ReferralSide.RECEIVER && r.status() == ReferralStatus.ADMITTED ? backDraft(tx, r) : null;
        return new ReferralEntry(r, name, caseNo, reference.siteName(tx, r.fromSite()), reference.siteName(tx, r.toSite()), draft);
    }

    /** The diagnosis and key results the lab confirmed for the referral's case (else the letter's preliminary diagnosis). */
    BackReferral backDraft(Tx tx, Referral r) throws SQLException {
        Optional<LabResult> lab = findings.confirmed(tx, r.caseId());
        String diagnosis = lab.map(findings::diagnosis).orElse(r.preliminaryDiagnosis());
        String key = lab.isPresent() ? findings.keyResults(lab.get(), reference.siteName(tx, lab.get().labSite())) : null;
        return new BackReferral(diagnosis, null, key, null, null, null, null, null, null);
    }

    /** The summaries of the referrals this condition picks, newest first, patients masked. */
    List<ReferralSummary> summaries(Tx tx, String condition, Object arg) throws SQLException {
        List<ReferralSummary> out = new ArrayList<>();
        for (Referral r : ws.referrals().where(tx, condition, "updated_at DESC", arg)) {
            ReferralSide here = side.apply(r);
            String name = r.patient() == null ? "" : r.patient().name();
            String idNumber = r.patient() == null ? "" : r.patient().idNumber();
            out.add(new ReferralSummary(r.id(), r.referralNo(), r.patientId(), name == null ? "" : Masking.name(name),
                    idNumber == null ? "" : Masking.idNumber(idNumber), reference.siteName(tx, r.fromSite()),
                    reference.siteName(tx, r.toSite()), r.toDepartment(), r.status(), r.urgency(), r.validUntil(),
                    r.meta().updatedAt(), here, ReferralMove.waitingOn(r.status()).filter(w -> w == here).isPresent()));
        }
        return out;
    }
}
