package cn.screening.workstation.ui.results;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.specimen.Diagnosis;
import cn.screening.workstation.domain.specimen.HemophiliaSeverity;
import cn.screening.workstation.domain.specimen.LabResult;
import cn.screening.workstation.domain.specimen.ResultEntry;
import cn.screening.workstation.domain.specimen.ResultLimits;
import cn.screening.workstation.domain.specimen.ResultRules;
import cn.screening.workstation.domain.validation.ValidationResult;
import cn.screening.workstation.service.specimen.AwaitingResult;
import cn.screening.workstation.service.specimen.ResultOutcome;
import cn.screening.workstation.service.specimen.ResultsPort;
import cn.screening.workstation.ui.Kits;
import cn.screening.workstation.ui.RecordingErrors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The class and suggestion follow the typed numbers; text in a number field is refused there, in Chinese. */
class ResultsViewModelTest {

    static final AwaitingResult TUBE = new AwaitingResult(UUID.randomUUID(), "210727-C-000001", "210727-2026-00001", "李**",
            Instant.parse("2026-11-26T02:00:00Z"), false, false);

    final List<ResultEntry> entered = new ArrayList<>();
    final List<Boolean> acknowledgements = new ArrayList<>();
    /** Whether the port saves (else it never stops asking for acknowledgement), and how often the list was read. */
    boolean saves;
    int lists;

    static LabResult confirmed(AwaitingResult tube) {
        Instant now = Instant.parse("2026-11-26T03:00:00Z");
        return new LabResult(LabResult.idFor(tube.sampleId()), tube.sampleId(), tube.sampleNo(), null, tube.caseNo(), "210700-H",
                "210727-C", null, null, null, null, null, null, null, HemophiliaSeverity.SEVERE, Diagnosis.HEMOPHILIA_A, false, false,
                false, Diagnosis.HEMOPHILIA_A, HemophiliaSeverity.SEVERE, null, now, "检验", now, "检验", null);
    }

    final ResultsViewModel vm = new ResultsViewModel(new ResultsPort() {
        @Override
        public ResultRules rules() {
            return new ResultRules(ResultLimits.DEFAULT);
        }

        @Override
        public List<AwaitingResult> awaiting() {
            lists++;
            return List.of(TUBE);
        }

        @Override
        public Optional<LabResult> ofSample(UUID sampleId) {
            return Optional.empty();
        }

        @Override
        public ResultOutcome enter(AwaitingResult tube, ResultEntry entry, boolean acknowledged) {
            entered.add(entry);
            acknowledgements.add(acknowledged);
            if (saves) {
                return new ResultOutcome.Saved(confirmed(tube), ValidationResult.OK);
            }
            // a port that never stops asking: the screen must ask the user once, send once more, and stop
            return new ResultOutcome.NeedsAcknowledgement(ValidationResult.OK);
        }
    }, Kits.direct(new RecordingErrors()));

    @Test
    void aLowFviiiIsSevereHemophiliaAAsItIsTyped() {
        vm.load();
        vm.select(TUBE);
        vm.form().fviii().set("<1");
        vm.form().fix().set("85");
        assertThat(vm.derived().get()).isEqualTo("重型");
        assertThat(vm.suggested().get()).isEqualTo("血友病A");
        assertThat(vm.form().diagnosis().get()).isEqualTo(Diagnosis.HEMOPHILIA_A);
        assertThat(vm.form().severity().get()).isEqualTo(HemophiliaSeverity.SEVERE);
        vm.form().fviii().set("3");
        assertThat(vm.derived().get()).isEqualTo("中间型");
        vm.form().bethesda().set("8");
        assertThat(vm.inhibitor().get()).contains("高滴度");
    }

    @Test
    void textInANumberFieldIsRefusedThereAndNothingIsSent() {
        vm.select(TUBE);
        vm.form().fviii().set("abc");
        assertThat(vm.problems().of(ResultRules.FVIII).get().text()).isEqualTo("“abc”不是数字，请录入数值");
        vm.confirm(w -> true);
        assertThat(entered).isEmpty();
        assertThat(vm.message().get()).startsWith("未保存：");
    }

    @Test
    void anAcknowledgedWarningSendsTheEntryAgainAcknowledged() {
        vm.select(TUBE);
        vm.form().fviii().set("3");
        vm.form().vwfAg().set("85");
        List<List<String>> asked = new ArrayList<>();
        vm.confirm(w -> asked.add(w));
        assertThat(asked).hasSize(1);
        assertThat(acknowledgements).containsExactly(false, true);
        assertThat(vm.busy().get()).isFalse();
    }

    @Test
    void aSavedResultAnswersItsRowWithoutReadingTheListAgain() {
        saves = true;
        vm.load();
        vm.select(vm.awaiting().get(0));
        vm.form().fviii().set("<1");
        vm.form().vwfAg().set("85");

        vm.confirm(w -> true);

        assertThat(vm.message().get()).isEqualTo("已确认 210727-C-000001：血友病A，重型。");
        assertThat(vm.awaiting()).extracting(AwaitingResult::entered, AwaitingResult::confirmed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(true, true));
        assertThat(lists).as("the list is read once, on opening").isEqualTo(1);
    }

    @Test
    void aDeclinedWarningSavesNothing() {
        vm.select(TUBE);
        vm.form().fviii().set("3");
        vm.form().vwfAg().set("85");
        vm.confirm(w -> false);
        assertThat(acknowledgements).containsExactly(false);
        assertThat(vm.message().get()).isEqualTo("未保存。");
    }

    @Test
    void aConfirmedHemophiliaWithoutVwfIsRefusedAtTheVwfField() {
        vm.select(TUBE);
        vm.form().fviii().set("0.5");
        vm.confirm(w -> true);
        assertThat(entered).isEmpty();
        assertThat(vm.problems().of(ResultRules.VWF).get().text()).isEqualTo("请录入vWF:Ag结果以排除血管性血友病");
    }
}
