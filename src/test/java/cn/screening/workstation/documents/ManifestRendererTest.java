package cn.screening.workstation.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.screening.workstation.documents.manifest.ManifestLine;
import cn.screening.workstation.documents.manifest.ManifestRenderer;
import cn.screening.workstation.documents.manifest.ShipmentManifest;
import com.google.zxing.BarcodeFormat;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestRendererTest {

    private static final String NUMBER = "SH-2107270001-2026-0007";

    @TempDir
    Path dir;

    static ShipmentManifest manifest(int tubes) {
        List<ManifestLine> lines = IntStream.rangeClosed(1, tubes).mapToObj(Specimens::line).toList();
        return new ShipmentManifest(NUMBER, "B-03", "某县人民医院检验科", "王老师 0391-1234567", "省血友病诊疗中心（省人民医院）",
                "顺丰速运", "SF1234567890123", LocalDateTime.of(2026, 11, 26, 7, 30), null, "干冰", new BigDecimal("5.0"),
                "TL-2026-0042", new BigDecimal("-72"), lines);
    }

    @Test
    void aBoxOfAFewTubesIsOnePageWithTheWholeHeaderAndTheSignatureLines() throws Exception {
        Path pdf = dir.resolve("manifest.pdf");
        new ManifestRenderer().write(manifest(3), pdf);

        PrintedPdf printed = PrintedPdf.read(pdf);
        assertThat(printed.pages()).isEqualTo(1);
        assertThat(printed.page(0)).contains("标本运送清单", NUMBER, "B-03", "某县人民医院检验科", "省血友病诊疗中心",
                "顺丰速运", "SF1234567890123", "2026-11-26 07:30", "干冰 5 kg", "TL-2026-0042", "-72 °C", "3 份，共 6 管",
                "交接人（签字）", "接收人（签字）", "第 1 页 / 共 1 页",
                Specimens.sampleId(1), "王**", "欧***", Specimens.caseNumber(2), "2×0.5 mL", "冻存乏血小板血浆");
        assertThat(printed.fonts()).isNotEmpty().allMatch(PDFont::isEmbedded);
    }

    @Test
    void aHundredAndTwentyTubesSpanPagesEachWithTheHeaderRepeatedAndEveryTubeOnce() throws Exception {
        Path pdf = dir.resolve("manifest-120.pdf");
        new ManifestRenderer().write(manifest(120), pdf);

        PrintedPdf printed = PrintedPdf.read(pdf);
        int expectedPages = (120 + ManifestRenderer.rowsPerPage() - 1) / ManifestRenderer.rowsPerPage();
        assertThat(expectedPages).isGreaterThan(1);
        assertThat(printed.pages()).isEqualTo(expectedPages);
        for (int p = 0; p < printed.pages(); p++) {
            assertThat(printed.page(p)).as("page " + (p + 1))
                    .contains("标本运送清单", NUMBER, "送检机构", "标本编号", "病例号", "采血时间", "交接人（签字）",
                            "第 " + (p + 1) + " 页 / 共 " + expectedPages + " 页");
        }
        for (int tube = 1; tube <= 120; tube++) {
            assertThat(count(printed.text(), Specimens.sampleId(tube))).as(Specimens.sampleId(tube)).isEqualTo(1);
        }
        assertThat(printed.page(0)).contains(Specimens.sampleId(1)).doesNotContain(Specimens.sampleId(120));
        assertThat(printed.page(printed.pages() - 1)).contains(Specimens.sampleId(120));
        assertThat(printed.fonts()).allMatch(PDFont::isEmbedded);
    }

    @Test
    void patientsArePrintedMaskedAndNoFullIdNumberOrNameReachesThePaper() throws Exception {
        Path pdf = dir.resolve("manifest.pdf");
        new ManifestRenderer().write(manifest(4), pdf);

        String text = PrintedPdf.read(pdf).text();
        assertThat(text).doesNotContain(Specimens.FULL_ID, "王大力", "欧阳娜娜");
        assertThat(Pattern.compile("\\d{17}[\\dX]").matcher(text).find()).isFalse();
    }

    @Test
    void theQrCodeOnTheManifestScansBackToItsNumber() throws Exception {
        Path pdf = dir.resolve("manifest.pdf");
        new ManifestRenderer().write(manifest(1), pdf);

        assertThat(PrintedPdf.decode(PrintedPdf.read(pdf).render(0, 100), BarcodeFormat.QR_CODE)).isEqualTo(NUMBER);
    }

    @Test
    void aLineCarryingAFullIdNumberIsRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> new MaskedPatient("张*", "男", "8岁", Specimens.OTHER_FULL_ID))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("病例号：").hasMessageContaining("完整证件号码");
        assertThatThrownBy(() -> new MaskedPatient("张小明", "男", "8岁", "C-1"))
                .isInstanceOf(InvalidDocumentException.class).hasMessageStartingWith("患者姓名：");
        assertThatThrownBy(() -> new ShipmentManifest(NUMBER, "", "县医院", "", "省中心", "", "", LocalDateTime.now(), null,
                "干冰", null, "", null, List.of())).hasMessage("标本明细：不能为空");
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
