package cn.screening.workstation.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.cases.CaseStatus;
import cn.screening.workstation.domain.followup.FollowUp;
import cn.screening.workstation.domain.followup.FollowUpKind;
import cn.screening.workstation.domain.registry.HemophiliaType;
import cn.screening.workstation.domain.registry.Severity;
import cn.screening.workstation.domain.specimen.AssayMethod;
import cn.screening.workstation.domain.specimen.Diagnosis;
import cn.screening.workstation.domain.specimen.DispatchDetails;
import cn.screening.workstation.domain.specimen.InhibitorScreen;
import cn.screening.workstation.domain.specimen.ResultEntry;
import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.domain.specimen.Shipment;
import cn.screening.workstation.domain.specimen.ShipmentCondition;
import cn.screening.workstation.domain.user.Role;
import cn.screening.workstation.service.registry.RegistryRow;
import cn.screening.workstation.service.specimen.SpecimenSites;
import cn.screening.workstation.service.specimen.Specimens;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.screening.workstation.documents.referral.BackReferralLetterRenderer;
import cn.screening.workstation.documents.referral.ReferralLetterRenderer;
import cn.screening.workstation.domain.referral.BackReferral;
import cn.screening.workstation.domain.referral.Referral;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.referral.Referrals;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clinical loop through the real server on loopback: 义县 sends a sample, the designated
 * hospital's lab confirms severe hemophilia A with an inhibitor; at the county the patient enters
 * the registry once (however often it syncs) with both follow-up schedules, and the hospital's
 * registry shows them too, without ever holding the patient. The referral that follows carries the
 * lab's findings on both letters, and the case follows it to 已结案.
 */
@Tag("slow")
class ClinicalLoopEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void aConfirmedResultEnrolsThePatientOnceAndBothRegistriesShowThemAndTheReferralCarriesIt() throws IOException {
        try (Province province = ReferralEndToEndTest.province(dir);
             Station county = Station.enrolledAsDoctor(dir.resolve("county"), Province.YIXIAN, province, Role.COUNTY_DOCTOR);
             Station hospital = Station.enrolledAsDoctor(dir.resolve("hospital"), ReferralEndToEndTest.HOSPITAL, province,
                     Role.DESIGNATED_LAB)) {
            county.sync();
            UUID caseId = ReferralEndToEndTest.registerCase(county, "张小明", 61);
            confirmAtHospital(county, hospital, caseId);

            county.sync();
            assertThat(SpecimenSites.caseStatus(county.ws, caseId)).isEqualTo(CaseStatus.CONFIRMED);
            List<RegistryRow> rows = county.services.registry().list();
            assertThat(rows).singleElement().satisfies(r -> {
                assertThat(r.name()).isEqualTo("张**");
                assertThat(r.type()).isEqualTo(HemophiliaType.HA);
                assertThat(r.severity()).isEqualTo(Severity.SEVERE);
                assertThat(r.baselineFactorPct()).isEqualTo(0.8);
                assertThat(r.confirmedBy()).isEqualTo(ReferralEndToEndTest.HOSPITAL.siteCode());
                assertThat(r.inhibitorHistory()).isTrue();
                assertThat(r.nextDue()).isNotNull();
            });
            UUID patientId = rows.get(0).patientId();
            assertThat(county.services.followUps().ofPatient(patientId)).extracting(FollowUp::kind)
                    .containsExactlyInAnyOrder(FollowUpKind.ROUTINE, FollowUpKind.INHIBITOR_RETEST);

            // re-syncs push the entry and pull it back: still one entry, still two schedules
            assertThat(county.sync().allClear()).isTrue();
            county.sync();
            assertThat(county.services.registry().list()).hasSize(1);
            assertThat(county.services.followUps().ofPatient(patientId)).hasSize(2);
            assertThat(rows(county, "registry_entry")).isEqualTo(1);

            // the hospital pulls the entry addressed to it; it never holds the patient
            hospital.sync();
            assertThat(hospital.services.registry().list()).singleElement().satisfies(r -> {
                assertThat(r.name()).isEqualTo("张**");
                assertThat(r.type()).isEqualTo(HemophiliaType.HA);
                assertThat(r.severity()).isEqualTo(Severity.SEVERE);
            });
            assertThat(rows(hospital, "patient")).isZero();
            hospital.sync();
            assertThat(rows(hospital, "registry_entry")).isEqualTo(1);

            referTheConfirmedPatient(province, county, hospital, caseId);
        }
    }

    /**
     * The county refers the confirmed patient: its letter (a real PDF read back) carries the lab's
     * findings and names the patient in full; the hospital's physician, on a ward PC of the same site,
     * finds the 下转单 started from the same findings and prints it with the county's case number; the
     * county sees the findings come back and the case follows the referral to 已结案.
     */
    private void referTheConfirmedPatient(Province province, Station county, Station lab, UUID caseId) throws IOException {
        Referrals sender = county.services.referrals();
        assertThat(sender.draftFromCase(caseId).preliminaryDiagnosis()).isEqualTo("血友病A（重型，抑制物阳性）");
        Referral sent = ReferralEndToEndTest.sentDraft(sender, caseId, ReferralEndToEndTest.HOSPITAL.siteCode());
        sender.submit(sent.id());
        assertThat(SpecimenSites.caseStatus(county.ws, caseId)).isEqualTo(CaseStatus.REFERRED);
        String caseNo = county.ws.database().read(tx -> county.ws.cases().caseNumber(tx, caseId)).orElseThrow();
        Path up = dir.resolve("up.pdf");
        new ReferralLetterRenderer().write(county.services.referralLetters().letter(sent.id()), up);
        assertThat(flat(pdfText(up))).contains("血友病A（重型，抑制物阳性）").contains("FⅧ:C0.8%（一期法）")
                .contains("抑制物阳性1.2BU/mL").contains("APTT68").contains("张小明").contains("内含个人信息");
        assertThat(county.sync().allClear()).isTrue();

        try (Station ward = Station.enrolledAsDoctor(dir.resolve("ward"), ReferralEndToEndTest.HOSPITAL, province,
                Role.DESIGNATED_PHYSICIAN)) {
            assertThat(ward.sync().allClear()).isTrue();
            Referrals receiver = ward.services.referrals();
            receiver.accept(sent.id(), null);
            receiver.admit(sent.id(), true, "ZY-2026-1", null);
            BackReferral prefilled = receiver.backReferralDraft(sent.id());
            assertThat(prefilled.diagnosis()).isEqualTo("血友病A（重型，抑制物阳性）");
            assertThat(prefilled.keyResults()).contains("FⅧ:C 0.8%").contains("抑制物阳性 1.2 BU/mL").contains("省血友病定点医院");
            BackReferral written = new BackReferral(prefilled.diagnosis(), "ZY-2026-1", prefilled.keyResults(), "rFVIII 替代治疗",
                    "预防治疗", null, "王医生", "024-1", LocalDate.now());
            // the lab answers referrals but does not sign the back-referral
            assertThatThrownBy(() -> lab.services.referrals().writeBackReferral(sent.id(), written))
                    .isInstanceOfSatisfying(ServiceException.class, e -> assertThat(e.messageKey()).isEqualTo("error.permission"));
            receiver.writeBackReferral(sent.id(), written);
            Path back = dir.resolve("back.pdf");
            new BackReferralLetterRenderer().write(ward.services.referralLetters().backLetter(sent.id()), back);
            assertThat(flat(pdfText(back))).contains(caseNo).contains("FⅧ:C0.8%").doesNotContain("张小明");
            assertThat(ward.sync().allClear()).isTrue();
        }

        assertThat(county.sync().allClear()).isTrue();
        Referral down = county.ws.database().read(tx -> county.ws.referrals().findById(tx, sent.id())).orElseThrow();
        assertThat(down.backReferral().keyResults()).contains("FⅧ:C 0.8%").contains("重型");
        sender.acknowledgeBackReferral(sent.id());
        assertThat(SpecimenSites.caseStatus(county.ws, caseId)).isEqualTo(CaseStatus.CLOSED);
        assertThat(county.sync().allClear()).isTrue();
    }

    /** The text without spaces and line breaks, as a wrapped paragraph reads. */
    static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }

    static String pdfText(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    /** The county draws and ships a sample of the case; the hospital receives it and confirms HA 重型 with an inhibitor. */
    static void confirmAtHospital(Station county, Station hospital, UUID caseId) {
        Specimens cs = county.services.specimens();
        Sample s = cs.draw().draw(caseId, SpecimenSites.goodDraw(Instant.now(), Duration.ofHours(2)));
        Shipment box = cs.shipments().createBox(ReferralEndToEndTest.HOSPITAL.siteCode());
        cs.shipments().addTube(box.id(), s.sampleNo());
        cs.shipments().dispatch(box.id(), new DispatchDetails("顺丰", "SF1", Instant.now(), ShipmentCondition.ROOM_TEMPERATURE,
                null, null, new BigDecimal("22")));
        assertThat(county.sync().allClear()).isTrue();
        hospital.sync();
        Specimens hs = hospital.services.specimens();
        hs.receiving().receive(box.id(), Instant.now(), new BigDecimal("21"));
        hs.receiving().scan(box.id(), s.sampleNo());
        hs.results().enter(s.sampleNo(), new ResultEntry("0.8", "95", AssayMethod.ONE_STAGE, "85", null,
                InhibitorScreen.POSITIVE, "1.2", Diagnosis.HEMOPHILIA_A, null, null), true);
        assertThat(hospital.sync().allClear()).isTrue();
    }

    static long rows(Station s, String table) {
        return s.ws.database().read(tx -> {
            try (PreparedStatement ps = tx.prepare("SELECT COUNT(*) FROM " + table); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
