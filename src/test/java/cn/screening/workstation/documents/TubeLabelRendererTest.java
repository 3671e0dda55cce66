package cn.screening.workstation.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.screening.workstation.documents.label.LabelLayout;
import cn.screening.workstation.documents.label.LabelSize;
import cn.screening.workstation.documents.label.TubeLabel;
import cn.screening.workstation.documents.label.TubeLabelRenderer;
import com.google.zxing.BarcodeFormat;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TubeLabelRendererTest {

    @TempDir
    Path dir;

    @Test
    void eachLabelIsAPageOfTheLabelSizeWithItsSampleIdAndTwoMaskedIdentifiers() throws Exception {
        Path pdf = dir.resolve("labels.pdf");
        new TubeLabelRenderer().write(List.of(Specimens.label(123), Specimens.label(124)), pdf);

        PrintedPdf printed = PrintedPdf.read(pdf);
        assertThat(printed.pages()).isEqualTo(2);
        assertThat(printed.pageSizeMm(0)[0]).isCloseTo(50, within(0.1));
        assertThat(printed.pageSizeMm(0)[1]).isCloseTo(30, within(0.1));
        assertThat(printed.page(0)).contains("2107270001-000123", "张**", "2018-03-02", "2107270001-2026-00123",
                "2026-11-26 08:30", "枸橼酸钠抗凝全血", "李护士", "姓名", "采血");
        assertThat(printed.page(1)).contains("2107270001-000124").doesNotContain("2107270001-000123");
        assertThat(printed.text()).doesNotContain(Specimens.FULL_ID, "张小明");
        assertThat(printed.fonts()).isNotEmpty().allMatch(PDFont::isEmbedded);
    }

    @Test
    void theBarcodePrintedOnTheLabelScansBackToTheSampleId() throws Exception {
        Path pdf = dir.resolve("label.pdf");
        new TubeLabelRenderer().write(List.of(Specimens.label(123)), pdf);

        // a 203 dpi thermal label printer's resolution
        String scanned = PrintedPdf.decode(PrintedPdf.read(pdf).render(0, 203), BarcodeFormat.CODE_128);
        assertThat(scanned).isEqualTo("2107270001-000123");
    }

    @Test
    void aSheetHoldsAGridOfLabelsAndRunsOverToTheNextA4Page() throws Exception {
        TubeLabelRenderer renderer = new TubeLabelRenderer(LabelSize.DEFAULT, LabelLayout.A4_SHEET);
        assertThat(renderer.labelsPerSheet()).isEqualTo(3 * 8);
        Path pdf = dir.resolve("sheet.pdf");
        renderer.write(IntStream.rangeClosed(1, 30).mapToObj(Specimens::label).toList(), pdf);

        PrintedPdf printed = PrintedPdf.read(pdf);
        assertThat(printed.pages()).isEqualTo(2);
        assertThat(printed.pageSizeMm(0)[0]).isCloseTo(210, within(0.5));
        assertThat(printed.page(0)).contains(Specimens.sampleId(1), Specimens.sampleId(24)).doesNotContain(Specimens.sampleId(25));
        assertThat(printed.page(1)).contains(Specimens.sampleId(25), Specimens.sampleId(30));
    }

    @Test
    void aLargerLabelSizeGivesLargerPagesAndStillScans() throws Exception {
        Path pdf = dir.resolve("big.pdf");
        new TubeLabelRenderer(new LabelSize(60, 40), LabelLayout.ONE_PER_PAGE).write(List.of(Specimens.label(7)), pdf);

        PrintedPdf printed = PrintedPdf.read(pdf);
        assertThat(printed.pageSizeMm(0)[0]).isCloseTo(60, within(0.1));
        assertThat(PrintedPdf.decode(printed.render(0, 203), BarcodeFormat.CODE_128)).isEqualTo(Specimens.sampleId(7));
    }

    @Test
    void aLabelWithOneIdentifierOrNoDrawTimeIsRefusedInChinese() {
        MaskedPatient nameOnly = new MaskedPatient("张*", "男", "8岁", "");
        assertThatThrownBy(() -> new TubeLabel("2107270001-000001", nameOnly, null, LocalDateTime.now(), Specimens.CITRATE, "李护士"))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("第二患者标识").hasMessageContaining("两项患者标识");
        assertThatThrownBy(() -> new TubeLabel("2107270001-000001", Specimens.patient("张三", "C1"), null, null, Specimens.CITRATE, "李护士"))
                .isInstanceOf(InvalidDocumentException.class).hasMessage("采血时间：不能为空");
        assertThatThrownBy(() -> new LabelSize(20, 10)).hasMessageStartingWith("标签尺寸：");
    }

    @Test
    void aSampleIdABarcodeCannotCarryIsRefused() {
        assertThatThrownBy(() -> new TubeLabel("标本-1", Specimens.patient("张三", "C1"), null, LocalDateTime.now(), Specimens.CITRATE, "李"))
                .isInstanceOf(InvalidDocumentException.class)
                .hasMessageStartingWith("标本编号：")
                .satisfies(e -> assertThat(((InvalidDocumentException) e).field()).isEqualTo("sampleId"));
    }
}
