package cn.screening.workstation.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdNumberTest {

    @Test
    void checkCharacterMatchesTheStandardsTestVectors() {
        assertThat(IdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdNumber.checkCharacter("44052418800101001")).isEqualTo('4');
        assertThat(IdNumber.parse("11010519491231002X").hasValidCheckCharacter()).isTrue();
        assertThat(IdNumber.parse("440524188001010014").hasValidCheckCharacter()).isTrue();
    }

    @Test
    void aWrongCheckCharacterIsDetected() {
        assertThat(IdNumber.parse("110105194912310021").hasValidCheckCharacter()).isFalse();
        assertThat(IdNumber.parse("440524188001010015").hasValidCheckCharacter()).isFalse();
    }

    @Test
    void normalisingTrimsUpperCasesXAndConvertsFullWidthDigits() {
        assertThat(IdNumber.normalise("  11010519491231002x ")).isEqualTo("11010519491231002X");
        assertThat(IdNumber.normalise("１１０１０５１９４９１２３１００２Ｘ")).isEqualTo("11010519491231002X");
        assertThat(IdNumber.normalise("110105 1949 1231 002ｘ")).isEqualTo("11010519491231002X");
        assertThat(IdNumber.normalise(null)).isEmpty();
    }

    @Test
    void fifteenDigitLegacyNumbersAreUpgraded() {
        IdNumber id = IdNumber.parse("110105491231002");

        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id.upgradedFromLegacy()).isTrue();
        assertThat(IdNumber.parse("11010519491231002X").upgradedFromLegacy()).isFalse();
        assertThatThrownBy(() -> IdNumber.upgradeLegacy("11010549123100")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void birthDateAndSexComeFromTheNumber() {
        IdNumber woman = IdNumber.parse("11010519491231002X");
        IdNumber man = IdNumber.parse("440524188001010014");

        assertThat(woman.birthDate()).contains(LocalDate.of(1949, 12, 31));
        assertThat(woman.sex()).contains(Sex.FEMALE);
        assertThat(man.birthDate()).contains(LocalDate.of(1880, 1, 1));
        assertThat(man.sex()).contains(Sex.MALE);
        assertThat(man.provinceCode()).isEqualTo("44");
        assertThat(man.addressCode()).isEqualTo("440524");
    }

    @Test
    void february29thExistsOnlyInLeapYears() {
        assertThat(IdNumber.parse(withCheck("11010519000229001")).birthDate()).isEmpty();
        assertThat(IdNumber.parse(withCheck("11010520000229001")).birthDate()).contains(LocalDate.of(2000, 2, 29));
    }

    @Test
    void malformedNumbersHaveNoBirthDateOrSex() {
        IdNumber shortOne = IdNumber.parse("1101051949123");

        assertThat(shortOne.isWellFormed()).isFalse();
        assertThat(shortOne.birthDate()).isEmpty();
        assertThat(shortOne.sex()).isEmpty();
        assertThat(IdNumber.parse("1101051949123100XX").isWellFormed()).isFalse();
    }

    static String withCheck(String first17) {
        return first17 + IdNumber.checkCharacter(first17);
    }
}
