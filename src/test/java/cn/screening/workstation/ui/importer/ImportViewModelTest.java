package cn.screening.workstation.ui.importer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.identity.IdType;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.service.ImportPort;
import cn.screening.workstation.service.ImportPreview;
import cn.screening.workstation.service.ImportRowVerdict;
import cn.screening.workstation.service.ImportSummary;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.transfer.ImportStatus;
import cn.screening.workstation.transfer.ImportVerdictLine;
import cn.screening.workstation.ui.Kits;
import cn.screening.workstation.ui.RecordingErrors;
import cn.screening.workstation.ui.common.Tasks;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The import wizard's steps against a fake import service. */
class ImportViewModelTest {

    private final List<Path> reports = new ArrayList<>();
    private int changed;
    private final ImportPreview preview = new ImportPreview(Path.of("名单.csv"), List.of(
            new ImportRowVerdict(2, null, List.of(new ImportVerdictLine(2, ImportStatus.ERROR, "身份证号码", "身份证号码校验位错误，请核对")), false),
            new ImportRowVerdict(3, new Patient(null, "张三", IdType.RESIDENT_ID, "210727201001011237", Sex.MALE, null, "01", null,
                    null, null, null, null, null, null), List.of(new ImportVerdictLine(3, ImportStatus.OK, "", "")), false)));

    private final ImportViewModel vm = new ImportViewModel(new ImportPort() {
        @Override
        public ImportPreview preview(Path file) {
            if (file.toString().endsWith(".doc")) {
                throw new ServiceException("error.permission", "IMPORT");
            }
            return preview;
        }

        @Override
        public ImportSummary commit(ImportPreview p) {
            return new ImportSummary(2, 1, 0, 1, 0);
        }

        @Override
        public void writeReport(ImportPreview p, Path report) {
            reports.add(report);
        }
    }, Kits.kit(Tasks.direct(new RecordingErrors()), Clock.systemDefaultZone(),
            Kits.changed(() -> changed++)));

    @Test
    void previewThenImportThenReport() {
        vm.choose(Path.of("名单.csv"));
        assertThat(vm.step().get()).isEqualTo(ImportViewModel.Step.PREVIEW);
        assertThat(vm.lines()).hasSize(2);
        assertThat(vm.lines().get(0).message()).isEqualTo("身份证号码校验位错误，请核对");
        assertThat(vm.summary().get()).startsWith("共 2 行");

        vm.commit();
        assertThat(vm.step().get()).isEqualTo(ImportViewModel.Step.DONE);
        assertThat(vm.summary().get()).isEqualTo("导入完成：共 2 行，新登记 1 人，已登记跳过 0 行，错误未导入 1 行，有警告 0 行");
        assertThat(changed).isEqualTo(1);

        vm.saveReport(Path.of("报告.csv"));
        assertThat(reports).containsExactly(Path.of("报告.csv"));
    }

    @Test
    void aRefusedFileStaysOnTheFirstStepWithTheReason() {
        vm.choose(Path.of("名单.doc"));
        assertThat(vm.step().get()).isEqualTo(ImportViewModel.Step.CHOOSE);
        assertThat(vm.message().get()).isEqualTo("当前角色无权执行此操作（IMPORT）");
    }
}
