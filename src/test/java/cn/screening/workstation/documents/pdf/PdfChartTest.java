package cn.screening.workstation.documents.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The chart axis ends on a round value at or above the largest one, so its four grid lines read plainly. */
class PdfChartTest {

    @Test
    void theAxisTopIsTheNextOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(PdfChart.niceCeiling(0)).isEqualTo(1);
        assertThat(PdfChart.niceCeiling(0.75)).isEqualTo(1);
        assertThat(PdfChart.niceCeiling(1)).isEqualTo(1);
        assertThat(PdfChart.niceCeiling(1.2)).isEqualTo(2);
        assertThat(PdfChart.niceCeiling(8.75)).isEqualTo(10);
        assertThat(PdfChart.niceCeiling(10)).isEqualTo(10);
        assertThat(PdfChart.niceCeiling(31)).isEqualTo(50);
        assertThat(PdfChart.niceCeiling(501)).isEqualTo(1000);
    }
}
