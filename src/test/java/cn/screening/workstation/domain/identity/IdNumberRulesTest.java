package cn.screening.workstation.domain.identity;

import static cn.screening.workstation.domain.identity.IdNumberTest.withCheck;
import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.division.DivisionCatalogue;
import cn.screening.workstation.domain.validation.Severity;
import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.domain.validation.Violation;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdNumberRulesTest {

    static final DivisionCatalogue DIVISIONS = new DivisionCatalogue();
    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private final IdNumberRules rules = new IdNumberRules(DIVISIONS, IdNumberPolicy.DEFAULT);

    @Test
    void theBeijingVectorPasses() {
        assertThat(rules.validate("11010519491231002X", TODAY).violations()).isEmpty();
    }

    @Test
    void lowerCaseXPasses() {
        assertThat(rules.validate("11010519491231002x", TODAY).violations()).isEmpty();
    }

    @Test
    void theGuangdongVectorIsBornBefore1900AndHasARetiredCounty() {
        ValidationResult result = rules.validate("440524188001010014", TODAY);

        assertThat(keys(result)).containsExactly("id.birth_date", "id.county_unknown");
        assertThat(result.errors()).extracting(Violation::messageKey).containsExactly("id.birth_date");
        assertThat(result.warnings()).extracting(Violation::messageKey).containsExactly("id.county_unknown");
    }

    @Test
    void anUnknownCountyInAKnownProvinceIsOnlyAWarning() {
        ValidationResult result = rules.validate(withCheck("21079919800101001"), TODAY);

        assertThat(result.hasErrors()).isFalse();
        assertThat(keys(result)).containsExactly("id.county_unknown");
    }

    @Test
    void aBadCheckCharacterIsAnError() {
        ValidationResult result = rules.validate("110105194912310021", TODAY);

        assertThat(result.errors()).extracting(Violation::messageKey).containsExactly("id.checksum");
        assertThat(result.errors().get(0).field()).isEqualTo("id_number");
    }

    @Test
    void wrongLengthOrCharactersFailTheFormat() {
        assertThat(keys(rules.validate("11010519491231002", TODAY))).containsExactly("id.format");
        assertThat(keys(rules.validate("1101051949123100Y2", TODAY))).containsExactly("id.format");
        assertThat(keys(rules.validate("11010519491231002X1", TODAY))).containsExactly("id.format");
    }

    @Test
    void blankIsRequired() {
        assertThat(keys(rules.validate("  ", TODAY))).containsExactly("common.required");
        assertThat(keys(rules.validate(null, TODAY))).containsExactly("common.required");
    }

    @Test
    void birthDateMustBeARealDayFrom1900ToToday() {
        assertThat(keys(rules.validate(withCheck("11010519000229001"), TODAY))).containsExactly("id.birth_date");
        assertThat(keys(rules.validate(withCheck("11010520000229001"), TODAY))).isEmpty();
        assertThat(keys(rules.validate(withCheck("11010518991231001"), TODAY))).containsExactly("id.birth_date");
        assertThat(keys(rules.validate(withCheck("11010519000101001"), TODAY))).isEmpty();
        assertThat(keys(rules.validate(withCheck("11010520250601001"), TODAY))).isEmpty();
        assertThat(keys(rules.validate(withCheck("11010520250602001"), TODAY))).containsExactly("id.birth_date");
        assertThat(keys(rules.validate(withCheck("11010519801301001"), TODAY))).containsExactly("id.birth_date");
    }

    @Test
    void provinceMustExist() {
        assertThat(keys(rules.validate(withCheck("00010519800101001"), TODAY))).containsExactly("id.province");
        assertThat(keys(rules.validate(withCheck("99010519800101001"), TODAY))).containsExactly("id.province");
        assertThat(keys(rules.validate(withCheck("72010519800101001"), TODAY))).containsExactly("id.province");
    }

    @Test
    void legacyNumbersAreUpgradedWithAWarningToConfirm() {
        ValidationResult result = rules.validate("110105491231002", TODAY);

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.warnings()).extracting(Violation::messageKey).containsExactly("id.upgraded");
        assertThat(result.warnings().get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void residencePermitsAndForeignPermanentResidenceIdsAreAccepted() {
        assertThat(rules.validate(withCheck("81000019900101001"), TODAY).violations()).isEmpty();
        assertThat(rules.validate(withCheck("82000019900101002"), TODAY).violations()).isEmpty();
        assertThat(rules.validate(withCheck("83000019900101003"), TODAY).violations()).isEmpty();
        assertThat(rules.validate(withCheck("93115619900101001"), TODAY).violations()).isEmpty();
    }

    @Test
    void specialPrefixesStillNeedTheChecksumAndADate() {
        assertThat(keys(rules.validate("810000199001010010", TODAY))).contains("id.checksum");
        assertThat(keys(rules.validate(withCheck("81000019901301001"), TODAY))).containsExactly("id.birth_date");
    }

    @Test
    void theAcceptedPrefixesAreConfigurable() {
        IdNumberRules mainlandOnly = new IdNumberRules(DIVISIONS, new IdNumberPolicy(Set.of("810000"), false));

        assertThat(keys(mainlandOnly.validate(withCheck("81000019900101001"), TODAY))).isEmpty();
        assertThat(keys(mainlandOnly.validate(withCheck("83000019900101003"), TODAY))).containsExactly("id.province");
        assertThat(keys(mainlandOnly.validate(withCheck("93115619900101001"), TODAY))).containsExactly("id.province");
    }

    @Test
    void typedSexAndBirthDateMustMatchTheNumber() {
        String woman = "11010519491231002X";

        assertThat(rules.matchesPerson(woman, Sex.FEMALE, LocalDate.of(1949, 12, 31)).violations()).isEmpty();
        ValidationResult wrong = rules.matchesPerson(woman, Sex.MALE, LocalDate.of(1949, 12, 30));
        assertThat(wrong.errors()).extracting(Violation::field, Violation::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("birth_date", "id.birth_date_mismatch"),
                org.assertj.core.groups.Tuple.tuple("sex", "id.sex_mismatch"));
        assertThat(keys(rules.matchesPerson(woman, Sex.UNKNOWN, null))).containsExactly("id.sex_mismatch");
    }

    @Test
    void aNumberWithABadChecksumIsNotComparedWithThePerson() {
        assertThat(rules.matchesPerson("110105194912310021", Sex.MALE, LocalDate.of(2000, 1, 1)).violations()).isEmpty();
    }

    static java.util.List<String> keys(ValidationResult result) {
        return result.violations().stream().map(Violation::messageKey).toList();
    }
}
