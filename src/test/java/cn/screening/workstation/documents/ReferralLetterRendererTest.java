package cn.screening.workstation.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.screening.workstation.documents.referral.ReferralClinical;
import cn.screening.workstation.documents.referral.ReferralLetter;
import cn.screening.workstation.documents.referral.ReferralLetterRenderer;
import com.google.zxing.BarcodeFormat;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferralLetterRendererTest {

    @TempDir
    Path dir;

    @Test
    void theLetterAndItsCounterfoilShareOnePageAndBothCarryTheReferralNumber() throws Exception {
        Path pdf = dir.resolve("referral.pdf");
        new ReferralLetterRenderer().write(Referrals.up(Referrals.SUMMARY), pdf);

        PrintedPdf printed = PrintedPdf.read(pdf);
        assertThat(printed.pages()).isEqualTo(1);
        String text = printed.page(0);
        assertThat(text).contains("双向转诊单（存根）", "双向转诊单（上转）", "沿此线剪开");
        // counterfoil, letter, and the text under the letter's barcode
        assertThat(text.split(Referrals.NUMBER, -1)).hasSize(4);
        assertThat(text).contains("省人民医院", "血液科", "某县人民医院", "张**", "男", "8岁", "2107270001-2026-00123",
                "110105********002X", "转诊目的", "明确诊断并制定治疗方案", "初步诊断", "血友病待排", "病情摘要", "皮下瘀斑",
                "筛查及检验结果", "APTT 78.4 s", "注意事项", "阿司匹林", "紧急", "2026-11-26 至 2026-12-10", "王医生",
                "0391-1234567", "患者/家属（签字）");
        assertThat(text).doesNotContain(Specimens.FULL_ID, "张小明");
        assertThat(printed.fonts()).isNotEmpty().allMatch(PDFont::isEmbedded);
    }

    @Test
    void theBarcodeOnTheLetterScansBackToTheReferralNumber() throws Exception {
        Path pdf = dir.resolve("referral.pdf");
        new ReferralLetterRenderer().write(Referrals.up(Referrals.SUMMARY), pdf);

        assertThat(PrintedPdf.decode(PrintedPdf.read(pdf).render(0, 200), BarcodeFormat.CODE_128)).isEqualTo(Referrals.NUMBER);
    }

    @Test
    void aVeryLongClinicalSummaryShrinksAndIsCutRatherThanRunningOffThePage() throws Exception {
        Path pdf = dir.resolve("long.pdf");
        new ReferralLetterRenderer().write(Referrals.up(Referrals.SUMMARY.repeat(60)), pdf);

        PrintedPdf printed = PrintedPdf.read(pdf);
        assertThat(printed.pages()).isEqualTo(1);
        // what follows the summary and the signatures at the foot are still there
        assertThat(printed.page(0)).contains("…", "注意事项", "阿司匹林", "转诊医师（签字）", "患者/家属（签字）");
    }

    @Test
    void aReferralWithoutPurposeOrWithAValidityEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> new ReferralClinical(" ", "血友病待排", "", "", ""))
                .isInstanceOf(InvalidDocumentException.class).hasMessage("转诊目的：不能为空");
        ReferralLetter ok = Referrals.up("");
        assertThatThrownBy(() -> new ReferralLetter(ok.referralNumber(), ok.sendingInstitution(), ok.receivingInstitution(),
                ok.receivingDepartment(), ok.patient(), ok.clinical(), ok.urgency(), LocalDate.of(2026, 12, 10),
                LocalDate.of(2026, 11, 26), ok.signedBy()))
                .isInstanceOf(InvalidDocumentException.class).hasMessageStartingWith("有效期止：");
        assertThatThrownBy(() -> new ReferralLetter(ok.referralNumber(), ok.sendingInstitution(), "", "", ok.patient(),
                ok.clinical(), ok.urgency(), ok.validFrom(), ok.validUntil(), ok.signedBy()))
                .hasMessage("接收机构：不能为空");
    }

    @Test
    void aFullIdNumberOfferedAsTheMaskedOneIsRefused() {
        assertThatThrownBy(() -> new MaskedPatient("张*", "男", "8岁", "C-1", Specimens.FULL_ID))
                .isInstanceOf(InvalidDocumentException.class).hasMessageStartingWith("证件号码：");
        assertThatThrownBy(() -> new MaskedPatient("张*", "男", "8岁", "C-1", "身份证 " + Specimens.OTHER_FULL_ID.toLowerCase()))
                .isInstanceOf(InvalidDocumentException.class);
    }

    @Test
    void aFullIdNumberTypedIntoTheClinicalTextIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Referrals.up("患者身份证号" + Specimens.FULL_ID + "，既往史无特殊。"))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessage("病情摘要：不得含完整证件号码，请传入脱敏后的值");
        assertThatThrownBy(() -> Referrals.back("曾用证件 " + Specimens.OTHER_FULL_ID + " 登记住院"))
                .isInstanceOf(InvalidDocumentException.class).hasMessageStartingWith("治疗经过：");
    }
}
