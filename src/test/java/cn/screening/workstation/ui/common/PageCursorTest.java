package cn.screening.workstation.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.service.Page;
import java.util.Collections;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The pager line: an exact total with its page count, or "1,000+" once the count stopped at its cap. */
class PageCursorTest {

    @Test
    void aCappedTotalShowsAsAtLeastWithoutAPageCount() {
        PageCursor zh = new PageCursor(50, new I18n(Locale.SIMPLIFIED_CHINESE), "cases.page", "cases.page.more");
        zh.shown(new Page<>(Collections.nCopies(50, "c"), 1_000, true, 0, 50));
        assertThat(zh.text().get()).isEqualTo("共 1,000+ 条，第 1 页");
        assertThat(zh.hasNext().get()).isTrue();

        PageCursor en = new PageCursor(50, new I18n(Locale.ENGLISH), "patients.page", "patients.page.more");
        en.shown(new Page<>(Collections.nCopies(50, "p"), 1_000, true, 0, 50));
        assertThat(en.text().get()).isEqualTo("1,000+ patients, page 1");
    }

    @Test
    void anExactTotalKeepsItsPageCount() {
        PageCursor zh = new PageCursor(50, new I18n(Locale.SIMPLIFIED_CHINESE), "cases.page", "cases.page.more");
        zh.shown(new Page<>(Collections.nCopies(50, "c"), 1_000, false, 0, 50));
        assertThat(zh.text().get()).isEqualTo("共 1,000 条，第 1/20 页");
    }
}
