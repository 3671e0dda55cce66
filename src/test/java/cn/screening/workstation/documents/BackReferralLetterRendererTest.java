package cn.screening.workstation.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.screening.workstation.documents.referral.BackReferralLetter;
import cn.screening.workstation.documents.referral.BackReferralLetterRenderer;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackReferralLetterRendererTest {

    @TempDir
    Path dir;

    @Test
    void theBackReferralCarriesDiagnosisResultsTreatmentAndTheNextPlanForThePrimaryInstitution() throws Exception {
        Path pdf = dir.resolve("back.pdf");
        new BackReferralLetterRenderer().write(Referrals.back("住院7天，予重组人凝血因子Ⅷ 25 IU/kg 每12小时一次。"), pdf);

        PrintedPdf printed = PrintedPdf.read(pdf);
        assertThat(printed.pages()).isEqualTo(1);
        assertThat(printed.page(0)).contains("双向转诊单（下转）", Referrals.NUMBER, "某县人民医院：", "诊断", "血友病A（重型）",
                "住院号", "ZY20261127031", "主要检查结果", "FⅧ:C 0.8%", "治疗经过", "25 IU/kg", "下一步治疗方案及康复建议",
                "每周3次预防治疗", "刘主任", "0371-6666888", "2026-12-03", "省人民医院", "张**", "健康档案")
                .doesNotContain(Specimens.FULL_ID, "张小明");
        assertThat(printed.fonts()).isNotEmpty().allMatch(PDFont::isEmbedded);
    }

    @Test
    void aBackReferralWithoutTheNextPlanIsRefused() {
        BackReferralLetter ok = Referrals.back("");
        assertThatThrownBy(() -> new BackReferralLetter(ok.referralNumber(), ok.sendingInstitution(), ok.receivingInstitution(),
                ok.patient(), ok.diagnosis(), ok.inpatientNumber(), ok.keyResults(), ok.treatmentGiven(), null, ok.signedBy()))
                .isInstanceOf(InvalidDocumentException.class).hasMessage("下一步治疗方案及康复建议：不能为空");
    }

    @Test
    void anEmptyOptionalFieldPrintsAsNoneRatherThanVanishing() throws Exception {
        Path pdf = dir.resolve("back.pdf");
        new BackReferralLetterRenderer().write(Referrals.back(""), pdf);

        assertThat(PrintedPdf.read(pdf).page(0)).containsPattern("治疗经过：\\s*无");
    }
}
