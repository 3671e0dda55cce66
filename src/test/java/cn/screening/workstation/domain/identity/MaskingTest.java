package cn.screening.workstation.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

    @Test
    void idNumbersShowTheFirstSixAndLastFour() {
        assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("110105********002X");
    }

    @Test
    void strictListsShowTheFirstThreeAndLastThree() {
        assertThat(Masking.idNumberStrict("11010519491231002X")).isEqualTo("110************02X");
    }

    @Test
    void shortDocumentNumbersAreStillMasked() {
        assertThat(Masking.idNumber("E1234567")).isEqualTo("E******7");
        assertThat(Masking.idNumber("AB")).isEqualTo("**");
        assertThat(Masking.idNumber(null)).isEmpty();
    }

    @Test
    void namesKeepOnlyTheFirstCharacter() {
        assertThat(Masking.name("张三")).isEqualTo("张*");
        assertThat(Masking.name("张三丰")).isEqualTo("张**");
        assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧***");
        assertThat(Masking.name("买买提·艾力")).isEqualTo("买*****");
        assertThat(Masking.name("李")).isEqualTo("*");
        assertThat(Masking.name(" ")).isEmpty();
    }

    @Test
    void phonesShowTheFirstThreeAndLastFour() {
        assertThat(Masking.phone("13812341234")).isEqualTo("138****1234");
        assertThat(Masking.phone("0416-1234567")).isEqualTo("041*****4567");
    }
}
