package cn.screening.workstation.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TextMetricsTest {

    private static PdfPages pages;
    private static TextMetrics metrics;

    @BeforeAll
    static void open() throws Exception {
        pages = PdfPages.create("test");
        metrics = pages.newA4Page().metrics();
    }

    @AfterAll
    static void close() throws Exception {
        pages.close();
    }

    @Test
    void chineseBreaksBetweenCharactersAndEveryLineFits() {
        String text = "患儿自幼轻微碰撞后易出现皮下瘀斑，三天前右膝关节肿胀疼痛，活动受限。";
        List<String> lines = metrics.wrap(text, 10, 100);

        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(String.join("", lines)).isEqualTo(text);
        assertThat(lines).allSatisfy(line -> assertThat(metrics.width(line, 10)).isLessThanOrEqualTo(100 + 10));
    }

    @Test
    void latinWordsStayWholeAndClosingPunctuationNeverStartsALine() {
        List<String> lines = metrics.wrap("APTT prolonged corrects on mixing，FVIII activity pending。", 10, 80);

        assertThat(lines).noneMatch(line -> line.startsWith("，") || line.startsWith("。"));
        assertThat(String.join(" ", lines)).contains("prolonged", "corrects", "mixing", "activity", "pending");
        assertThat(lines).allSatisfy(line -> assertThat(line).doesNotStartWith(" ").doesNotEndWith(" "));
    }

    @Test
    void newlinesAreHardBreaks() {
        assertThat(metrics.wrap("1. 预防治疗\n2. 复查抑制物", 10, 400)).containsExactly("1. 预防治疗", "2. 复查抑制物");
    }

    @Test
    void aCharacterTheFontLacksPrintsAsAQuestionMarkAndSuperscriptDigitsAsCarets() {
        assertThat(metrics.printable("✂ 10⁹/L\t张*")).isEqualTo("? 10^9/L 张*");
    }

    @Test
    void tooLongTextIsShrunkThenCutWithAnEllipsis() {
        String id = "2107270001-2026-00123";
        float size = metrics.fitSize(id, 10, 5, metrics.width(id, 7));
        assertThat(size).isEqualTo(7);
        String cut = metrics.ellipsize(id, 10, 40);
        assertThat(cut).endsWith("…");
        assertThat(metrics.width(cut, 10)).isLessThanOrEqualTo(40);
    }
}
