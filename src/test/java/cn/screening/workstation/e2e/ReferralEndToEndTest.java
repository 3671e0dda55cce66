package cn.screening.workstation.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.referral.BackReferral;
import cn.screening.workstation.domain.referral.Referral;
import cn.screening.workstation.domain.referral.ReferralEvent;
import cn.screening.workstation.domain.referral.ReferralSide;
import cn.screening.workstation.domain.referral.ReferralStatus;
import cn.screening.workstation.domain.followup.FollowUp;
import cn.screening.workstation.domain.followup.FollowUpKind;
import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.domain.site.SiteProfile;
import cn.screening.workstation.domain.user.Role;
import cn.screening.workstation.service.CaseRegistration;
import cn.screening.workstation.service.RegistrationOutcome;
import cn.screening.workstation.service.RegistrationRequest;
import cn.screening.workstation.service.SyncConflicts;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.referral.Referrals;
import cn.screening.workstation.service.today.StandardWork;
import cn.screening.workstation.store.OutboxState;
import cn.screening.workstation.domain.SyncConflict;
import cn.screening.workstation.sync.SyncReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two-way referral through the real server on loopback: 义县人民医院 refers a patient to the
 * provincial designated hospital, which accepts, admits and writes the back-referral; the county
 * acknowledges it and the follow-up starts. 黑山县 sees none of it. Bad moves are refused by the
 * server or come back as conflicts, never lost.
 */
@Tag("slow")
class ReferralEndToEndTest {

    static final SiteProfile HOSPITAL = new SiteProfile("210000-H", InstitutionType.DESIGNATED, "210102", "省血友病定点医院");
    static final LocalDate BIRTH = LocalDate.of(1990, 3, 9);

    @TempDir
    Path dir;

    static Province province(Path dir) {
        Province p = Province.start(dir.resolve("server"));
        p.services.administration().addSite(HOSPITAL.siteCode(), HOSPITAL.type(), HOSPITAL.divisionCode(), HOSPITAL.name(), null);
        return p;
    }

    static UUID registerCase(Station s, String name, int seq) {
        Patient p = TestSites.patient(name, TestSites.yixianId(BIRTH, seq), Sex.MALE, BIRTH);
        var out = s.services.registration().register(new RegistrationRequest(p, null, CaseRegistration.HEMOPHILIA,
                cn.screening.workstation.service.referral.CareFixtureAccess.screening(), true));
        return ((RegistrationOutcome.Saved) out).caseId();
    }

    static Referral sentDraft(Referrals referrals, UUID caseId, String toSite) {
        Referral d = referrals.draftFromCase(caseId);
        return referrals.saveDraft(new Referral(d.id(), null, d.patientId(), d.patient(), d.caseId(), d.fromSite(), toSite, "血液科",
                "明确诊断", d.preliminaryDiagnosis(), d.clinicalSummary(), "避免肌注", d.urgency(), d.validFrom(), d.validUntil(),
                d.doctorName(), "13800001111", d.status(), null, null, null, null));
    }

    static Referral stored(Station s, UUID id) {
        return s.ws.database().read(tx -> s.ws.referrals().findById(tx, id)).orElseThrow();
    }

    @Test
    void referredUpAcceptedBackReferredAcknowledgedAndFollowedUpWhileAnotherCountySeesNothing() {
        try (Province province = province(dir);
             Station county = Station.enrolledAsDoctor(dir.resolve("county"), Province.YIXIAN, province, Role.COUNTY_DOCTOR);
             Station hospital = Station.enrolledAsDoctor(dir.resolve("hospital"), HOSPITAL, province, Role.DESIGNATED_PHYSICIAN);
             Station other = Station.enrolledAsDoctor(dir.resolve("other"), Province.HEISHAN, province, Role.COUNTY_DOCTOR)) {
            assertThat(county.sync().allClear()).isTrue(); // the sites arrive as reference data
            Referrals sender = county.services.referrals();
            assertThat(sender.receivingSites()).extracting(s -> s.code()).containsExactly(HOSPITAL.siteCode());

            UUID caseId = registerCase(county, "刘小川", 31);
            Referral draft = sentDraft(sender, caseId, HOSPITAL.siteCode());
            sender.submit(draft.id());
            SyncReport up = county.sync();
            assertThat(up.failure()).isNull();
            assertThat(up.allClear()).isTrue();

            // the hospital: the referral arrives, patient masked in its list, without the county's patient records
            assertThat(hospital.sync().allClear()).isTrue();
            Referrals receiver = hospital.services.referrals();
            assertThat(receiver.incoming()).singleElement().satisfies(s -> {
                assertThat(s.referralNo()).isEqualTo(draft.referralNo());
                assertThat(s.maskedName()).isEqualTo("刘**");
                assertThat(s.status()).isEqualTo(ReferralStatus.SUBMITTED);
                assertThat(s.waitingOnMe()).isTrue();
            });
            assertThat(hospital.patientCount()).isZero();
            assertThat(hospital.services.todaysWork().today().count(StandardWork.REFERRAL_ANSWER)).isEqualTo(1);
            receiver.accept(draft.id(), "血液内科");
            receiver.admit(draft.id(), true, "ZY-0815", null);
            receiver.writeBackReferral(draft.id(), new BackReferral("血友病A（重型）", "ZY-0815", "FVIII:C 0.8%", "rFVIII 替代治疗",
                    "预防治疗", "关节康复", "刘医生", "024-1234", LocalDate.now()));
            SyncReport back = hospital.sync();
            assertThat(back.failure()).isNull();
            assertThat(back.allClear()).as(hospital.services.quarantine().list().toString() + back).isTrue();

            // the county: synced down, acknowledged, follow-up scheduled, closed
            assertThat(county.sync().allClear()).isTrue();
            Referral down = stored(county, draft.id());
            assertThat(down.status()).isEqualTo(ReferralStatus.BACK_REFERRED);
            assertThat(down.backReferral().diagnosis()).isEqualTo("血友病A（重型）");
            assertThat(down.receipt().department()).isEqualTo("血液内科");
            assertThat(county.services.todaysWork().today().count(StandardWork.REFERRAL_ACKNOWLEDGE)).isEqualTo(1);
            sender.acknowledgeBackReferral(draft.id());
            List<FollowUp> plans = county.services.followUps().ofPatient(down.patientId());
            assertThat(plans).singleElement().satisfies(fu -> {
                assertThat(fu.kind()).isEqualTo(FollowUpKind.AFTER_BACK_REFERRAL);
                assertThat(fu.referralId()).isEqualTo(draft.id());
            });
            sender.close(draft.id());
            assertThat(county.sync().allClear()).isTrue();

            // both ends hold the same timeline, who and when
            assertThat(hospital.sync().allClear()).isTrue();
            Referral atHospital = stored(hospital, draft.id());
            Referral atCounty = stored(county, draft.id());
            assertThat(atHospital.status()).isEqualTo(ReferralStatus.CLOSED);
            assertThat(atHospital.history()).isEqualTo(atCounty.history());
            assertThat(atHospital.history()).extracting(ReferralEvent::to).containsExactly(ReferralStatus.SUBMITTED,
                    ReferralStatus.ACCEPTED, ReferralStatus.ADMITTED, ReferralStatus.BACK_REFERRED, ReferralStatus.BACK_RECEIVED,
                    ReferralStatus.CLOSED);
            assertThat(atHospital.history()).extracting(ReferralEvent::side).containsExactly(ReferralSide.SENDER,
                    ReferralSide.RECEIVER, ReferralSide.RECEIVER, ReferralSide.RECEIVER, ReferralSide.SENDER, ReferralSide.SENDER);
            assertThat(atHospital.history()).allSatisfy(e -> {
                assertThat(e.by()).isEqualTo("doctor");
                assertThat(e.at()).isNotNull();
            });
            assertThat(county.pending()).isZero();

            // another county: nothing of it, neither referral nor follow-up
            assertThat(other.sync().allClear()).isTrue();
            assertThat(other.services.referrals().incoming()).isEmpty();
            assertThat(other.services.referrals().outgoing()).isEmpty();
            assertThat(other.ws.database().<Long>read(tx -> other.ws.followUps().count(tx, "TRUE"))).isZero();
            assertThat(other.services.referrals().find(draft.id())).isEmpty();
        }
    }

    @Test
    void aSiteTheServerDoesNotKnowAndAMoveByTheWrongSideAreRejectedWithTheirReasons() {
        try (Province province = province(dir);
             Station county = Station.enrolledAsDoctor(dir.resolve("county"), Province.YIXIAN, province, Role.COUNTY_DOCTOR)) {
            assertThat(county.sync().allClear()).isTrue();
            UUID caseId = registerCase(county, "马小兵", 41);
            Referral ok = sentDraft(county.services.referrals(), caseId, HOSPITAL.siteCode());
            county.services.referrals().submit(ok.id());
            // a referral to a site the province does not have (stale reference data, a forged record)
            Referral nowhere = new Referral(UUID.randomUUID(), "ZZ-210727-C-2026-99999", ok.patientId(), ok.patient(), ok.caseId(),
                    ok.fromSite(), "999999-H", null, "明确诊断", "血友病", null, null, ok.urgency(), ok.validFrom(), ok.validUntil(),
                    "李医生", null, ReferralStatus.SUBMITTED, null, null, null, null);
            county.ws.database().write(county.ws.session().actor(), tx -> county.ws.referrals().insert(tx, nowhere));
            SyncReport r = county.sync();
            assertThat(r.failure()).isNull();
            assertThat(r.quarantined()).isEqualTo(1);
            assertThat(county.services.quarantine().list()).singleElement()
                    .satisfies(q -> assertThat(q.toString()).contains("unknown_site").contains("999999-H"));

            // the county moves its own referral to 已接收: that move is the hospital's
            Referral mine = stored(county, ok.id());
            county.ws.database().write(county.ws.session().actor(), tx -> county.ws.referrals().update(tx,
                    mine.moved(new ReferralEvent(tx.now(), ReferralStatus.SUBMITTED, ReferralStatus.ACCEPTED, ReferralSide.SENDER,
                            "doctor", "210727-C", null)), "forged"));
            SyncReport wrong = county.sync();
            assertThat(wrong.quarantined()).isEqualTo(2);
            assertThat(county.services.quarantine().list()).anySatisfy(q -> assertThat(q.toString()).contains("wrong_side")
                    .contains("须由接收方操作"));
            assertThat(county.services.todaysWork().today().count(StandardWork.SYNC_QUARANTINED)).isEqualTo(2);
        }
    }

    @Test
    void aMoveFromAStaleCopyComesBackAsAConflictWithBothValuesKept() {
        try (Province province = province(dir);
             Station county = Station.enrolledAsDoctor(dir.resolve("county"), Province.YIXIAN, province, Role.COUNTY_DOCTOR);
             Station hospital = Station.enrolledAsDoctor(dir.resolve("hospital"), HOSPITAL, province, Role.DESIGNATED_PHYSICIAN)) {
            assertThat(county.sync().allClear()).isTrue();
            UUID caseId = registerCase(county, "高小飞", 51);
            Referral r = sentDraft(county.services.referrals(), caseId, HOSPITAL.siteCode());
            county.services.referrals().submit(r.id());
            assertThat(county.sync().allClear()).isTrue();
            assertThat(hospital.sync().allClear()).isTrue();

            hospital.services.referrals().accept(r.id(), null);
            assertThat(hospital.sync().allClear()).isTrue();
            // the county has not pulled the acceptance and withdraws from its copy
            county.services.referrals().withdraw(r.id(), "家属决定去北京");
            SyncReport report = county.sync();
            assertThat(report.failure()).isNull();
            assertThat(report.conflicts()).isPositive();

            List<SyncConflict> open = county.services.syncConflicts().open();
            assertThat(open).extracting(SyncConflict::field).containsExactlyInAnyOrder("status", "history");
            SyncConflict status = open.stream().filter(c -> c.field().equals("status")).findFirst().orElseThrow();
            assertThat(status.localValue()).contains("WITHDRAWN");
            assertThat(status.serverValue()).contains("ACCEPTED");
            assertThat(county.ws.database().<List<cn.screening.workstation.store.OutboxEntry>>read(tx -> county.ws.outbox().inState(tx, OutboxState.CONFLICT))).hasSize(1);
            assertThat(county.services.todaysWork().today().count(StandardWork.SYNC_CONFLICT)).isEqualTo(open.size());
            // the server kept the hospital's move
            assertThat(hospital.sync().allClear()).isTrue();
            assertThat(stored(hospital, r.id()).status()).isEqualTo(ReferralStatus.ACCEPTED);

            // the user takes the hospital's answer on the conflict screen: both ends agree again
            open.forEach(c -> county.services.syncConflicts().resolve(c.id(), SyncConflicts.Pick.SERVER));
            SyncReport settled = county.sync();
            assertThat(settled.failure()).isNull();
            assertThat(settled.allClear()).isTrue();
            Referral agreed = stored(county, r.id());
            assertThat(agreed.status()).isEqualTo(ReferralStatus.ACCEPTED);
            assertThat(agreed.history()).isEqualTo(stored(hospital, r.id()).history());
            assertThat(county.services.referrals().movesFor(agreed)).isEmpty();
        }
    }
}
