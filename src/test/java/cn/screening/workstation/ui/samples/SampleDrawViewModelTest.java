package cn.screening.workstation.ui.samples;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.domain.specimen.SampleLimits;
import cn.screening.workstation.domain.specimen.SampleRules;
import cn.screening.workstation.domain.specimen.SampleStatus;
import cn.screening.workstation.domain.specimen.TubeType;
import cn.screening.workstation.service.specimen.DrawRequest;
import cn.screening.workstation.service.specimen.SampleDrawPort;
import cn.screening.workstation.ui.Kits;
import cn.screening.workstation.ui.RecordingErrors;
import cn.screening.workstation.ui.common.Tasks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The draw form says the sample rules' Chinese sentences at their fields as it is typed, and saves only a fit tube. */
class SampleDrawViewModelTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    static final CaseRef CASE = new CaseRef(UUID.randomUUID(), "210727-2026-00001", "李**");

    final List<DrawRequest> drawn = new ArrayList<>();
    final List<Path> labels = new ArrayList<>();
    int changed;
    int noPrinter;

    final SampleDrawViewModel vm = new SampleDrawViewModel(new SampleDrawPort() {
        @Override
        public SampleRules rules() {
            return new SampleRules(SampleLimits.DEFAULT);
        }

        @Override
        public Sample draw(UUID caseId, DrawRequest r) {
            drawn.add(r);
            return new Sample(UUID.randomUUID(), "210727-C-000001", caseId, CASE.caseNo(), CASE.maskedName(), "1", "210727-C",
                    r.tubeType(), r.fillPercent(), r.drawnAt(), r.drawnBy(), r.spunAt(), r.frozenAt(), r.aliquots(),
                    r.storageTempC(), SampleStatus.DRAWN, null, null, null);
        }
    }, Kits.noPrinter(labels::add), Kits.kit(Tasks.direct(new RecordingErrors()), CLOCK,
            Kits.changed(() -> changed++)), "210727-C", "李医生");

    @Test
    void aWrongTubeAndAnUnderfilledOneAreRefusedAtTheirFields() {
        vm.start(CASE);
        assertThat(vm.form().tubeType().get()).isEqualTo(TubeType.CITRATE_3_2);
        assertThat(vm.form().drawnBy().get()).isEqualTo("李医生");
        assertThat(vm.form().drawnAt().get()).isEqualTo("2026-11-26 10:00");
        vm.form().tubeType().set(TubeType.EDTA);
        vm.form().fillPercent().set("80");
        assertThat(vm.page().problems().of(SampleRules.TUBE).get().text()).isEqualTo("凝血因子检测须使用3.2%枸橼酸钠抗凝管");
        assertThat(vm.page().problems().of(SampleRules.FILL).get().text()).isEqualTo("采血量不足（<90%），标本不合格");
        vm.save();
        assertThat(drawn).isEmpty();
        assertThat(vm.page().message().get()).isEqualTo("未保存：有 2 处不符合标本要求，请按红字修改。");
    }

    @Test
    void textWhereATimeBelongsIsNamedAndNothingIsSaved() {
        vm.start(CASE);
        vm.form().fillPercent().set("95");
        vm.form().spunAt().set("下午三点");
        assertThat(vm.page().problems().of(SampleRules.SPUN_AT).get().text()).startsWith("时间格式应为");
        vm.save();
        assertThat(drawn).isEmpty();
    }

    @Test
    void aFitTubeIsSavedNumberedAndItsLabelSavedWhereThereIsNoPrinter() {
        vm.start(CASE);
        vm.form().fillPercent().set("95");
        vm.form().drawnAt().set("09:10");
        vm.form().spunAt().set("2026-11-26 09:50");
        vm.form().aliquotCount().set("2");
        assertThat(vm.page().problems().hasError()).isFalse();
        vm.save();
        assertThat(drawn).hasSize(1);
        DrawRequest r = drawn.get(0);
        assertThat(r.fillPercent()).isEqualTo(95);
        assertThat(r.drawnAt()).isEqualTo(Instant.parse("2026-11-26T01:10:00Z"));
        assertThat(r.aliquots()).hasSize(2);
        assertThat(vm.saved().get().sampleNo()).isEqualTo("210727-C-000001");
        assertThat(vm.page().message().get()).contains("210727-C-000001");
        assertThat(changed).isEqualTo(1);
        vm.printLabel(() -> noPrinter++);
        assertThat(noPrinter).isEqualTo(1);
        assertThat(vm.labelFileName()).isEqualTo("标本标签-210727-C-000001.pdf");
        vm.saveLabel(Path.of("label.pdf"));
        assertThat(labels).containsExactly(Path.of("label.pdf"));
    }
}
