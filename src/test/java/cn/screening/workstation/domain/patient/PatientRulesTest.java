package cn.screening.workstation.domain.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import cn.screening.workstation.domain.division.DivisionCatalogue;
import cn.screening.workstation.domain.identity.IdNumber;
import cn.screening.workstation.domain.identity.IdNumberPolicy;
import cn.screening.workstation.domain.identity.IdType;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.validation.Severity;
import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.domain.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PatientRulesTest {

    static final DivisionCatalogue DIVISIONS = new DivisionCatalogue();
    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    static final String YI_COUNTY = "210727";
    static final Address QILIHE = new Address("210727102", "210727102202", "杨千台村", "三组");

    private final PatientRules rules = new PatientRules(DIVISIONS, IdNumberPolicy.DEFAULT);

    @Test
    void aCompleteAdultPasses() {
        assertThat(validate(adult()).violations()).isEmpty();
    }

    @Test
    void nameIsRequiredWithTwoToThirtyCharacters() {
        assertThat(keysFor(adult().withName(" "), "name")).containsExactly("common.required");
        assertThat(keysFor(adult().withName("张"), "name")).containsExactly("patient.name_length");
        assertThat(keysFor(adult().withName("张三"), "name")).isEmpty();
        assertThat(keysFor(adult().withName("买".repeat(30)), "name")).isEmpty();
        assertThat(keysFor(adult().withName("买".repeat(31)), "name")).containsExactly("patient.name_length");
    }

    @Test
    void nameAllowsChineseLettersAndTheMiddleDot() {
        assertThat(keysFor(adult().withName("买买提·艾力"), "name")).isEmpty();
        assertThat(keysFor(adult().withName("John Smith"), "name")).isEmpty();
        assertThat(keysFor(adult().withName("张3"), "name")).containsExactly("patient.name_characters");
        assertThat(keysFor(adult().withName("·张三"), "name")).containsExactly("patient.name_characters");
    }

    @Test
    void theResidentIdIsCheckedAndComparedWithSexAndBirthDate() {
        Person bad = adult().withId("210727198005010012");
        Person wrongSex = adult().withSex(Sex.FEMALE);
        Person wrongBirth = adult().withBirth(LocalDate.of(1980, 5, 2));

        assertThat(keysFor(bad, "id_number")).containsExactly("id.checksum");
        assertThat(keysFor(wrongSex, "sex")).containsExactly("id.sex_mismatch");
        assertThat(keysFor(wrongBirth, "birth_date")).containsExactly("id.birth_date_mismatch");
    }

    @Test
    void aLegacyIdIsAcceptedWithTheUpgradeWarning() {
        Person legacy = adult().withId("210727800501001").withBirth(LocalDate.of(1980, 5, 1));

        ValidationResult result = validate(legacy);

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.warnings()).extracting(Violation::messageKey).containsExactly("id.upgraded");
    }

    @Test
    void otherDocumentsNeedOnlyANumberOfAtMost30Characters() {
        Person passport = adult().withIdType(IdType.PASSPORT);

        assertThat(keysFor(passport.withId("E12345678"), "id_number")).isEmpty();
        assertThat(keysFor(passport.withId(""), "id_number")).containsExactly("common.required");
        assertThat(keysFor(passport.withId("A".repeat(30)), "id_number")).isEmpty();
        assertThat(keysFor(passport.withId("A".repeat(31)), "id_number")).containsExactly("patient.id_number_too_long");
        assertThat(keysFor(adult().withIdType(null), "id_type")).containsExactly("code.out_of_domain");
    }

    @Test
    void codesMustBeInTheirStandardDomains() {
        assertThat(keysFor(adult().withEthnicity("57"), "ethnicity")).containsExactly("code.out_of_domain");
        assertThat(keysFor(adult().withEthnicity("98"), "ethnicity")).isEmpty();
        assertThat(keysFor(adult().withEthnicity(null), "ethnicity")).containsExactly("common.required");
        assertThat(keysFor(adult().withSex(null), "sex")).containsExactly("common.required");
    }

    @Test
    void birthDateIsRequiredAndNotInTheFuture() {
        Person passport = adult().withIdType(IdType.PASSPORT).withId("E12345678");

        assertThat(keysFor(passport.withBirth(null), "birth_date")).containsExactly("common.required");
        assertThat(keysFor(passport.withBirth(TODAY.plusDays(1)), "birth_date")).containsExactly("patient.birth_date_invalid");
        assertThat(keysFor(passport.withBirth(TODAY), "birth_date")).isEmpty();
        assertThat(keysFor(passport.withBirth(LocalDate.of(1899, 12, 31)), "birth_date"))
                .containsExactly("patient.birth_date_invalid");
    }

    @Test
    void phoneIsAMobileOrALandlineWithAreaCode() {
        assertThat(keysFor(adult().withPhone("13812341234"), "phone")).isEmpty();
        assertThat(keysFor(adult().withPhone("0416-7123456"), "phone")).isEmpty();
        assertThat(keysFor(adult().withPhone("010-12345678"), "phone")).isEmpty();
        assertThat(keysFor(adult().withPhone(""), "phone")).isEmpty();
        assertThat(keysFor(adult().withPhone("1381234123"), "phone")).containsExactly("patient.phone_format");
        assertThat(keysFor(adult().withPhone("23812341234"), "phone")).containsExactly("patient.phone_format");
        assertThat(keysFor(adult().withPhone("7123456"), "phone")).containsExactly("patient.phone_format");
    }

    @Test
    void aChildUnder14NeedsAGuardianWhoConsented() {
        Person child = person(LocalDate.of(2011, 6, 2), "001");

        assertThat(keysFor(child, "guardian")).containsExactly("patient.guardian_required");
        // the workstation registers a child whose guardian signs later, with a warning; the record is held back
        Person unsigned = child.withGuardian(new Guardian("李四", "父亲", "13900001111", false, null));
        assertThat(validate(unsigned).errors()).isEmpty();
        assertThat(keysFor(unsigned, "guardian")).containsExactly("patient.guardian_consent_pending");
        assertThat(PatientRules.awaitsConsent(unsigned.build(), TODAY)).isTrue();
        // the server, judging a pushed record, still refuses it
        assertThat(rules.validateRecord(unsigned.build(), null, TODAY).errors()).extracting(Violation::messageKey)
                .containsExactly("patient.guardian_required");
        Person signed = child.withGuardian(new Guardian("李四", "父亲", "13900001111", true, LocalDate.of(2025, 5, 20)));
        assertThat(rules.validateRecord(signed.build(), null, TODAY).errors()).isEmpty();
        assertThat(PatientRules.awaitsConsent(signed.build(), TODAY)).isFalse();
        assertThat(PatientRules.awaitsConsent(adult().build(), TODAY)).isFalse();
        assertThat(keysFor(child.withGuardian(new Guardian(" ", "父亲", null, true, null)), "guardian"))
                .containsExactly("patient.guardian_required");
        assertThat(keysFor(child.withGuardian(new Guardian("李四", "父亲", "13900001111", true, null)), "guardian")).isEmpty();
    }

    @Test
    void onThe14thBirthdayNoGuardianIsNeeded() {
        assertThat(keysFor(person(LocalDate.of(2011, 6, 1), "001"), "guardian")).isEmpty();
    }

    @Test
    void theIdsBirthDateProtectsAChildWhoseBirthDateWasLeftEmpty() {
        Person child = person(LocalDate.of(2015, 1, 1), "001").withBirth(null);

        assertThat(keysFor(child, "guardian")).containsExactly("patient.guardian_required");
    }

    @Test
    void aGuardiansPhoneMustBeValidToo() {
        Person child = person(LocalDate.of(2015, 1, 1), "001")
                .withGuardian(new Guardian("李四", "母亲", "12345", true, null));

        assertThat(keysFor(child, "guardian")).containsExactly("patient.phone_format");
    }

    @Test
    void theTownshipMustBeKnown() {
        assertThat(keysFor(adult().withAddress(new Address("210727999", null, null, null)), "township"))
                .containsExactly("patient.township_unknown");
        assertThat(keysFor(adult().withAddress(new Address("210727", null, null, null)), "township"))
                .containsExactly("patient.township_unknown");
        assertThat(keysFor(adult().withAddress(Address.NONE), "township")).containsExactly("common.required");
        assertThat(keysFor(adult().withAddress(null), "township")).containsExactly("common.required");
    }

    @Test
    void aTownshipOutsideTheSitesCountyIsOnlyAWarning() {
        Person fromBeizhen = adult().withAddress(new Address("210782004", null, null, null));

        ValidationResult result = validate(fromBeizhen);

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.forField("township")).extracting(Violation::messageKey, Violation::severity)
                .containsExactly(tuple("patient.township_outside_county", Severity.WARNING));
        assertThat(rules.validate(fromBeizhen.build(), null, TODAY).violations()).isEmpty();
    }

    @Test
    void aVillageMustBelongToTheTownshipWhereVillagesAreBundled() {
        Person otherVillage = adult().withAddress(new Address("210727102", "210727101201", null, null));

        assertThat(keysFor(otherVillage, "village")).containsExactly("patient.village_unknown");
        assertThat(keysFor(adult().withAddress(new Address("210727102", null, "新村", null)), "village")).isEmpty();
    }

    @Test
    void povertyStatusAndInsuranceAreRequired() {
        assertThat(keysFor(adult().withPoverty(null), "poverty_status")).containsExactly("common.required");
        assertThat(keysFor(adult().withInsurance(null), "insurance")).containsExactly("common.required");
    }

    private ValidationResult validate(Person person) {
        return rules.validate(person.build(), YI_COUNTY, TODAY);
    }

    private List<String> keysFor(Person person, String field) {
        return validate(person).forField(field).stream().map(Violation::messageKey).toList();
    }

    static Person adult() {
        return person(LocalDate.of(1980, 5, 1), "001");
    }

    static Person person(LocalDate birth, String sequence) {
        String first17 = "210727" + birth.toString().replace("-", "") + sequence;
        Sex sex = (sequence.charAt(2) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
        return new Person("张三", IdType.RESIDENT_ID, first17 + IdNumber.checkCharacter(first17), sex, birth, "01",
                "13812341234", QILIHE, null, PovertyStatus.NONE, InsuranceType.RESIDENT);
    }

    /** A patient under construction: tests change one field at a time. */
    record Person(String name, IdType idType, String id, Sex sex, LocalDate birth, String ethnicity, String phone,
                  Address address, Guardian guardian, PovertyStatus poverty, InsuranceType insurance) {

        Patient build() {
            return new Patient(UUID.randomUUID(), name, idType, id, sex, birth, ethnicity, phone, address, guardian,
                    poverty, insurance, "210727102001", null);
        }

        Person withName(String v) {
            return new Person(v, idType, id, sex, birth, ethnicity, phone, address, guardian, poverty, insurance);
        }

        Person withIdType(IdType v) {
            return new Person(name, v, id, sex, birth, ethnicity, phone, address, guardian, poverty, insurance);
        }

        Person withId(String v) {
            return new Person(name, idType, v, sex, birth, ethnicity, phone, address, guardian, poverty, insurance);
        }

        Person withSex(Sex v) {
            return new Person(name, idType, id, v, birth, ethnicity, phone, address, guardian, poverty, insurance);
        }

        Person withBirth(LocalDate v) {
            return new Person(name, idType, id, sex, v, ethnicity, phone, address, guardian, poverty, insurance);
        }

        Person withEthnicity(String v) {
            return new Person(name, idType, id, sex, birth, v, phone, address, guardian, poverty, insurance);
        }

        Person withPhone(String v) {
            return new Person(name, idType, id, sex, birth, ethnicity, v, address, guardian, poverty, insurance);
        }

        Person withAddress(Address v) {
            return new Person(name, idType, id, sex, birth, ethnicity, phone, v, guardian, poverty, insurance);
        }

        Person withGuardian(Guardian v) {
            return new Person(name, idType, id, sex, birth, ethnicity, phone, address, v, poverty, insurance);
        }

        Person withPoverty(PovertyStatus v) {
            return new Person(name, idType, id, sex, birth, ethnicity, phone, address, guardian, v, insurance);
        }

        Person withInsurance(InsuranceType v) {
            return new Person(name, idType, id, sex, birth, ethnicity, phone, address, guardian, poverty, v);
        }
    }
}
