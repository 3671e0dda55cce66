package cn.screening.workstation.ui.registration;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.screening.BleedingTrigger;
import cn.screening.workstation.domain.screening.MixingOutcome;
import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.domain.site.SiteProfile;
import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.domain.validation.Violation;
import cn.screening.workstation.service.RegistrationOutcome;
import cn.screening.workstation.service.RegistrationRequest;
import cn.screening.workstation.service.RuleBook;
import cn.screening.workstation.ui.Kits;
import cn.screening.workstation.ui.RecordingErrors;
import cn.screening.workstation.ui.common.Tasks;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The registration form's logic, without a screen or a store. */
class RegistrationViewModelTest {

    private static final RuleBook RULES = RuleBook.defaults();
    private final List<RegistrationRequest> submitted = new ArrayList<>();
    private RegistrationOutcome answer = new RegistrationOutcome.Invalid(ValidationResult.OK);
    private int dataChanged;

    private final RegistrationViewModel vm = new RegistrationViewModel(req -> {
        submitted.add(req);
        return answer;
    }, RULES, new SiteProfile("210727102-T", InstitutionType.TOWNSHIP, "210727102", "七里河镇卫生院"), ReferenceRanges.DEFAULT,
            Kits.kit(Tasks.direct(new RecordingErrors()), Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"),
                    ZoneId.of("Asia/Shanghai")), Kits.changed(() -> dataChanged++)));

    @Test
    void withoutBleedingHistoryOrFindingsTheFormIsBelowTheThreshold() {
        assertThat(vm.classificationText()).isEqualTo("未达疑似标准");
        assertThat(vm.reasons()).containsExactly("无出血表现、家族史及实验室异常");
    }

    @Test
    void aJointBleedWithAProlongedApttIsSuspectedUntilTheMixingTestCorrects() {
        vm.screening().trigger(BleedingTrigger.JOINT_BLEED).set(true);
        vm.screening().lab(Lab.APTT).value().set("58");
        assertThat(vm.classificationText()).isEqualTo("疑似");
        assertThat(vm.reasons()).contains("有出血表现：关节出血", "APTT单独延长，未做混合试验，请送样确诊");

        vm.screening().mixing().set(MixingOutcome.CORRECTS);
        assertThat(vm.classificationText()).isEqualTo("高度疑似");

        vm.screening().mixing().set(MixingOutcome.DOES_NOT_CORRECT);
        assertThat(vm.classificationText()).isEqualTo("疑似抑制物");
        assertThat(vm.reasons()).contains("混合试验不能纠正，疑似抑制物或狼疮抗凝物，请紧急转诊");
    }

    @Test
    void mixingNumbersOverruleTheChosenOutcome() {
        vm.screening().trigger(BleedingTrigger.SPONTANEOUS_BLEEDING).set(true);
        vm.screening().lab(Lab.APTT).value().set("60");
        vm.screening().mixing().set(MixingOutcome.CORRECTS);
        vm.screening().mixSeconds().set("52");
        vm.screening().poolSeconds().set("30");
        assertThat(vm.classificationText()).isEqualTo("疑似抑制物");
    }

    @Test
    void aGoodIdFillsSexAndBirthDateAndABadOneIsNamedAtItsField() {
        vm.patient().idNumber().set("２１０７２７２０１００１０１１２３ｘ".replace('ｘ', '7'));
        vm.idNumberCommitted();
        assertThat(vm.patient().idNumber().get()).isEqualTo("210727201001011237");
        assertThat(vm.patient().sex().get()).isEqualTo(Sex.MALE);
        assertThat(vm.patient().birthDate().get()).isEqualTo(LocalDate.of(2010, 1, 1));
        assertThat(vm.problems().of("id_number").get()).isNull();

        vm.patient().idNumber().set("210727201001011232");
        vm.idNumberCommitted();
        assertThat(vm.problems().of("id_number").get().text()).isEqualTo("身份证号码校验位错误，请核对");
    }

    @Test
    void aChildNeedsAGuardian() {
        vm.patient().birthDate().set(LocalDate.of(2015, 6, 1));
        assertThat(vm.patient().guardianNeeded().get()).isTrue();
        vm.patient().birthDate().set(LocalDate.of(2010, 1, 1));
        assertThat(vm.patient().guardianNeeded().get()).isFalse();
    }

    @Test
    void refusedFieldsAreShownWhereTheyBelongAndNothingIsCleared() {
        vm.patient().name().set("李小明");
        answer = new RegistrationOutcome.Invalid(new ValidationResult(List.of(
                Violation.error("id_number", "id.checksum"), Violation.error("sex", "common.required"))));
        vm.save(fixedDialogs(true));
        assertThat(submitted).hasSize(1);
        assertThat(vm.problems().of("id_number").get().text()).isEqualTo("身份证号码校验位错误，请核对");
        assertThat(vm.errors()).containsExactly("身份证号码：身份证号码校验位错误，请核对", "性别：此项为必填项");
        assertThat(vm.status().get()).isEqualTo("有 2 处错误，未保存。请按提示修改");
        assertThat(vm.patient().name().get()).isEqualTo("李小明");
        assertThat(dataChanged).isZero();
    }

    @Test
    void warningsAreAcknowledgedThenTheSameRequestIsSentAgain() {
        answer = new RegistrationOutcome.NeedsAcknowledgement(new ValidationResult(List.of(
                Violation.warning("name", "registration.lookalike", 1))));
        List<String> shown = new ArrayList<>();
        vm.save(new RegistrationDialogs() {
            @Override
            public boolean acknowledgeWarnings(List<String> warnings) {
                shown.addAll(warnings);
                answer = new RegistrationOutcome.Saved(null, "210727102-T-2026-00001", null, null, ValidationResult.OK);
                return true;
            }

            @Override
            public DuplicateChoice duplicateFound(String maskedName, String maskedIdNumber) {
                return DuplicateChoice.CANCEL;
            }
        });
        assertThat(shown).singleElement().asString().startsWith("姓名：已有1名同姓名");
        assertThat(submitted).hasSize(2);
        assertThat(submitted.get(1).warningsAcknowledged()).isTrue();
        assertThat(vm.status().get()).isEqualTo("已保存，病例号 210727102-T-2026-00001");
        assertThat(dataChanged).isEqualTo(1);
    }

    @Test
    void aKnownIdNumberCanGetANewCaseOnTheExistingPatient() {
        var existing = java.util.UUID.randomUUID();
        answer = new RegistrationOutcome.DuplicateIdentity(existing, "李**", "210727********1237");
        vm.save(new RegistrationDialogs() {
            @Override
            public boolean acknowledgeWarnings(List<String> warnings) {
                return false;
            }

            @Override
            public DuplicateChoice duplicateFound(String maskedName, String maskedIdNumber) {
                answer = new RegistrationOutcome.Invalid(ValidationResult.OK);
                return DuplicateChoice.ADD_CASE;
            }
        });
        assertThat(submitted).hasSize(2);
        assertThat(submitted.get(1).existingPatientId()).isEqualTo(existing);
    }

    @Test
    void aCaseStartedForAKnownPatientGoesToThatPatientAndTheFormThenReturnsToNewPatients() {
        java.util.UUID known = java.util.UUID.randomUUID();
        vm.patient().name().set("半填的名字");
        vm.startFor(new KnownPatient(known, "汤**", "210727********7832", Sex.FEMALE));
        assertThat(vm.knownPatient().get().patientId()).isEqualTo(known);
        assertThat(vm.patient().name().get()).isEmpty();
        assertThat(vm.status().get()).contains("汤**").contains("210727********7832");
        // the live classification reads the known patient's sex
        assertThat(vm.patient().sex().get()).isEqualTo(Sex.FEMALE);
        vm.screening().trigger(BleedingTrigger.JOINT_BLEED).set(true);
        vm.screening().lab(Lab.APTT).value().set("58");
        assertThat(vm.classificationText()).isEqualTo("疑似");

        answer = new RegistrationOutcome.Saved(null, "210727102-T-2026-00002", known, null, ValidationResult.OK);
        vm.save(fixedDialogs(true));
        assertThat(submitted).singleElement().satisfies(r -> assertThat(r.existingPatientId()).isEqualTo(known));
        assertThat(vm.knownPatient().get()).isNull();
        assertThat(vm.status().get()).contains("210727102-T-2026-00002");

        vm.startFor(new KnownPatient(known, "汤**", "210727********7832", Sex.MALE));
        vm.clear();
        assertThat(vm.knownPatient().get()).isNull();
    }

    @Test
    void aNumberThatIsNoNumberStopsTheSaveAtItsField() {
        vm.screening().lab(Lab.PT).value().set("12,5x");
        vm.save(fixedDialogs(true));
        assertThat(submitted).isEmpty();
        assertThat(vm.problems().of("pt").get().text()).isEqualTo("“12,5x”不是有效的数字");
    }

    private static RegistrationDialogs fixedDialogs(boolean acknowledge) {
        return new RegistrationDialogs() {
            @Override
            public boolean acknowledgeWarnings(List<String> warnings) {
                return acknowledge;
            }

            @Override
            public DuplicateChoice duplicateFound(String maskedName, String maskedIdNumber) {
                return DuplicateChoice.CANCEL;
            }
        };
    }
}
