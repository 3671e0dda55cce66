package cn.screening.workstation.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.service.ImportSummary;
import cn.screening.workstation.service.PatientImport;
import cn.screening.workstation.sync.SyncReport;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A county imports the lists it receives and syncs: the server takes every patient the import took,
 * though a list gives no ethnicity and may name a township renamed since (kept as address text).
 */
@Tag("slow")
class ImportedListSyncTest {

    @TempDir
    Path dir;

    @Test
    void everyImportedPatientReachesTheProvince() {
        try (Province province = Province.start(dir.resolve("server"));
             Station county = Station.enrolled(dir.resolve("county"), Province.YIXIAN, province, province.url())) {
            PatientImport importer = county.services.patientImport();
            ImportSummary yixian = importer.commit(importer.preview(Path.of("samples/patients-yixian.csv")));
            ImportSummary groups = importer.commit(importer.preview(Path.of("samples/patients-groups.csv")));
            int imported = yixian.imported() + groups.imported();
            assertThat(yixian.imported()).isGreaterThan(200);
            assertThat(groups.imported()).isPositive();

            SyncReport report = county.sync();

            assertThat(report.quarantined()).as(report.line()).isZero();
            assertThat(report.unstored()).as(report.line()).isZero();
            assertThat(report.pending()).as(report.line()).isZero();
            assertThat(province.patientIdsSeenBy(Province.YIXIAN)).hasSize(imported);
        }
    }
}
