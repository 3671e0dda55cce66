package cn.screening.workstation.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EthnicityTest {

    @Test
    void theTableHasThe56GroupsThenOtherAndForeignOrigin() {
        assertThat(Ethnicity.all()).hasSize(58);
        assertThat(Ethnicity.all().stream().filter(Ethnicity::isNamedGroup)).hasSize(56);
        assertThat(Ethnicity.all().get(55).code()).isEqualTo("56");
        assertThat(Ethnicity.all()).extracting(Ethnicity::code).doesNotHaveDuplicates();
    }

    @Test
    void codesCarryChineseAndEnglishNames() {
        assertThat(Ethnicity.ofCode("01")).get().extracting(Ethnicity::nameZh, Ethnicity::nameEn)
                .containsExactly("汉族", "Han");
        assertThat(Ethnicity.ofCode("11")).get().extracting(Ethnicity::nameZh).isEqualTo("满族");
        assertThat(Ethnicity.ofCode("56")).get().extracting(Ethnicity::nameZh).isEqualTo("基诺族");
        assertThat(Ethnicity.ofCode("97")).get().extracting(Ethnicity::nameZh).isEqualTo("其他");
        assertThat(Ethnicity.ofCode("98")).get().extracting(Ethnicity::nameZh).isEqualTo("外国血统中国籍人士");
        assertThat(Ethnicity.all()).allSatisfy(e -> assertThat(e.nameEn()).isNotBlank());
    }

    @Test
    void unknownCodesAreRejected() {
        assertThat(Ethnicity.isKnownCode("57")).isFalse();
        assertThat(Ethnicity.isKnownCode("00")).isFalse();
        assertThat(Ethnicity.isKnownCode("1")).isFalse();
        assertThat(Ethnicity.isKnownCode("98")).isTrue();
    }
}
