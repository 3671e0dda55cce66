package cn.screening.workstation.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.documents.PdfPrinter;
import cn.screening.workstation.domain.SyncMeta;
import cn.screening.workstation.domain.referral.Referral;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.referral.CareFixture;
import cn.screening.workstation.service.referral.ReferralPort;
import cn.screening.workstation.ui.Kits;
import cn.screening.workstation.ui.RecordingErrors;
import cn.screening.workstation.ui.referral.MoveChoice;
import cn.screening.workstation.ui.referral.ReferralsViewModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The referral page at both ends, each a real workstation, the record handed across as sync would:
 * the designated hospital answers (a rejection without a reason and an admission without an
 * inpatient number are refused in Chinese), writes and prints the 下转单; the county acknowledges and closes.
 */
class ReceivingReferralsTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @TempDir
    Path dir;
    @TempDir
    Path saved;
    private CareFixture f;
    private ReferralPort county;
    private ReferralPort hospital;
    private UUID id;
    private final RecordingErrors errors = new RecordingErrors();

    @BeforeEach
    void start() {
        f = new CareFixture(dir);
        PdfPrinter none = new PdfPrinter(Optional::empty);
        county = f.countyServices.referralDesk(none);
        hospital = f.hospitalServices.referralDesk(none);
        UUID caseId = f.registerCase("王小军");
        ReferralPort.Letter l = county.prefill(caseId).letter();
        id = county.submit(new ReferralPort.Letter(null, caseId, CareFixture.HOSPITAL.siteCode(), "血液科", "明确诊断",
                l.preliminaryDiagnosis(), l.clinicalSummary(), "避免肌注", l.urgency(), l.validFrom(), l.validUntil(),
                "13800001111")).id();
        handOver(f.county, f.hospital);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void theHospitalAnswersAdmitsAndSendsBackAndTheCountyClosesIt() throws IOException {
        ReferralsViewModel atHospital = page(hospital);
        assertThat(atHospital.rows().get(0).direction()).isEqualTo("来自 义县人民医院");
        assertThat(atHospital.moves()).containsExactly(MoveChoice.ACCEPT, MoveChoice.REJECT);

        atHospital.move(MoveChoice.REJECT);
        assertThat(atHospital.error().get()).contains("拒绝转诊须填写理由");
        assertThat(atHospital.rows().get(0).status()).isEqualTo("已提交");

        atHospital.move(MoveChoice.ACCEPT);
        assertThat(atHospital.rows().get(0).status()).isEqualTo("已接收");
        assertThat(atHospital.moves()).containsExactly(MoveChoice.ARRIVED, MoveChoice.ADMITTED, MoveChoice.NO_SHOW);

        atHospital.move(MoveChoice.ADMITTED);
        assertThat(atHospital.error().get()).contains("住院患者须填写住院号");
        atHospital.note().set("ZY2026-0815");
        atHospital.move(MoveChoice.ADMITTED);
        assertThat(atHospital.rows().get(0).status()).isEqualTo("已就诊/住院");
        assertThat(atHospital.details().get()).contains("住院号：ZY2026-0815");
        assertThat(atHospital.actions().backRefer().get()).isTrue();
        assertThat(atHospital.backForm().inpatientNo().get()).isEqualTo("ZY2026-0815");

        atHospital.backForm().diagnosis().set("血友病A（重型）");
        atHospital.backRefer();
        assertThat(atHospital.error().get()).contains("下一步治疗方案");
        atHospital.backForm().diagnosis().set("血友病A（重型）");
        atHospital.backForm().keyResults().set("FⅧ:C 0.8%，抑制物阴性");
        atHospital.backForm().nextPlan().set("rFVIII 25 IU/kg 每周3次预防治疗");
        atHospital.backForm().rehabilitation().set("右膝避免负重，3个月后复查");
        atHospital.backForm().conclusion().set(cn.screening.workstation.domain.cases.CaseStatus.EXCLUDED);
        atHospital.backRefer();
        assertThat(f.hospital.database().read(tx -> f.hospital.referrals().findById(tx, id)).orElseThrow().backReferral()
                .conclusion()).isEqualTo(cn.screening.workstation.domain.cases.CaseStatus.EXCLUDED);
        assertThat(atHospital.rows().get(0).status()).isEqualTo("已下转");
        assertThat(atHospital.timeline()).extracting(t -> t.move()).containsExactly("草稿 → 已提交", "已提交 → 已接收",
                "已接收 → 已就诊/住院", "已就诊/住院 → 已下转");

        String number = atHospital.rows().get(0).number();
        atHospital.print(true, name -> Optional.of(saved.resolve(name)));
        Path pdf = saved.resolve("下转单-" + number + ".pdf");
        assertThat(atHospital.message().get()).contains(pdf.toString());
        String printed = textOf(pdf);
        // the hospital holds no cases, yet its view and the 下转单 carry the county's case number
        String caseNo = f.county.database().read(tx -> f.county.cases().caseNumber(tx,
                atHospital.rows().get(0).referral().caseId())).orElseThrow();
        Optional<String> heldThere = f.hospital.database().read(tx -> f.hospital.cases().caseNumber(tx,
                atHospital.rows().get(0).referral().caseId()));
        assertThat(heldThere).isEmpty();
        assertThat(atHospital.details().get()).contains(caseNo);
        assertThat(printed).contains(number).contains("双向转诊单（下转）").contains("王**").contains("ZY2026-0815")
                .contains("rFVIII 25 IU/kg").contains(caseNo).doesNotContain("王小军");

        handOver(f.hospital, f.county);
        ReferralsViewModel atCounty = page(county);
        assertThat(atCounty.moves()).containsExactly(MoveChoice.ACKNOWLEDGE);
        atCounty.move(MoveChoice.ACKNOWLEDGE);
        assertThat(atCounty.rows().get(0).status()).isEqualTo("基层已接收");
        // a hemophilia case is decided by the lab, not by the back-referral's conclusion: it is closed
        assertThat(f.county.database().read(tx -> f.county.cases().findById(tx, atCounty.rows().get(0).referral().caseId()))
                .orElseThrow().status()).isEqualTo(cn.screening.workstation.domain.cases.CaseStatus.CLOSED);
        atCounty.move(MoveChoice.CLOSE);
        assertThat(atCounty.rows().get(0).status()).isEqualTo("已结案");
        assertThat(atCounty.moves()).isEmpty();
        assertThat(f.countyServices.followUps().ofPatient(atCounty.rows().get(0).referral().patientId())).hasSize(1);
        assertThat(errors.seen).isEmpty();
    }

    private ReferralsViewModel page(ReferralPort port) {
        ReferralsViewModel vm = new ReferralsViewModel(port, Kits.direct(errors), draft -> { });
        vm.load();
        vm.selected().set(vm.rows().get(0));
        return vm;
    }

    /** The referral as the other end holds it after sync: the same record, a newer server version, at both ends. */
    private void handOver(Workspace from, Workspace to) {
        Referral r = from.database().read(tx -> from.referrals().findById(tx, id)).orElseThrow();
        Referral arrived = r.withMeta(new SyncMeta(r.meta().version() + 1, r.meta().updatedAt(), r.meta().updatedBySite(), false));
        for (Workspace ws : new Workspace[] {to, from}) {
            ws.database().write(ws.session().actor(), tx -> {
                ws.referrals().writeAsIs(tx, arrived);
                return null;
            });
        }
    }

    private static String textOf(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
