package cn.screening.workstation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.screening.workstation.store.AuditAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exported copies older than the administrator's retention leave the exports folder at login, audited by count only. */
class ExportRetentionTest {

    @TempDir
    Path dir;

    @Test
    void filesOlderThanTheRetentionAreRemovedAndCountedInTheAudit() throws Exception {
        Workstation w = TestSites.countyHospital(dir.resolve("ws"));
        try (Workspace ws = TestSites.login(w, "admin", TestSites.ADMIN_PASSWORD)) {
            ExportRetention retention = new ExportRetention(ws);
            Path exports = Files.createDirectories(retention.folder());
            Instant now = Instant.now();
            Path old = aged(exports.resolve("王小明-登记册.xlsx"), now.minus(Duration.ofDays(31)));
            Path older = aged(exports.resolve("月报.pdf"), now.minus(Duration.ofDays(400)));
            Path recent = aged(exports.resolve("患者.csv"), now.minus(Duration.ofDays(29)));

            assertThat(retention.sweep(0)).as("0 keeps everything").isZero();
            assertThat(old).exists();
            assertThat(retention.sweep(30)).isEqualTo(2);
            assertThat(old).doesNotExist();
            assertThat(older).doesNotExist();
            assertThat(recent).exists();

            var lines = ws.database().read(tx -> ws.audit().latest(tx, 50)).stream()
                    .filter(e -> e.action() == AuditAction.DELETE && "export_file".equals(e.entityType())).toList();
            assertThat(lines).singleElement().satisfies(e -> assertThat(e.detail())
                    .isEqualTo("retention removed=2 older_than_days=30 folder=exports").doesNotContain("王小明"));
        }
    }

    @Test
    void onlyAnAdministratorSetsTheRetentionAndTheFileKeepsIt() {
        Path folder = dir.resolve("ws");
        Workstation w = TestSites.countyHospital(folder);
        assertThat(PrivacySettings.load(folder)).isEqualTo(PrivacySettings.DEFAULT);
        try (Workspace doctor = TestSites.login(w, "doctor", TestSites.DOCTOR_PASSWORD)) {
            assertThatThrownBy(() -> PrivacySettings.save(doctor.session(), folder, new PrivacySettings(7, 36)))
                    .isInstanceOf(ServiceException.class);
        }
        try (Workspace admin = TestSites.login(w, "admin", TestSites.ADMIN_PASSWORD)) {
            PrivacySettings.save(admin.session(), folder, new PrivacySettings(7, 60));
        }
        assertThat(PrivacySettings.load(folder)).isEqualTo(new PrivacySettings(7, 60));
    }

    private static Path aged(Path file, Instant at) throws Exception {
        Files.writeString(file, "x");
        Files.setLastModifiedTime(file, FileTime.from(at));
        return file;
    }
}
