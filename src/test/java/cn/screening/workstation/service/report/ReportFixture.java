package cn.screening.workstation.service.report;

import cn.screening.workstation.domain.ledger.Certification;
import cn.screening.workstation.domain.user.Role;
import cn.screening.workstation.server.TestClock;
import cn.screening.workstation.service.Accounts;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.Workstation;
import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.service.ledger.LedgerFilter;
import cn.screening.workstation.service.ledger.LedgerRow;
import cn.screening.workstation.store.StoreOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * 义县's county hospital on a real H2 store with a clock the test moves: the sample patient list, then
 * the sample settlement list imported on 2026-04-30 (the stays known by then) and again on 2026-11-20
 * (the rest); after each import four new rows in five are certified 已认定 that day, one of the first
 * batch 不予认定, the rest left 待核对.
 */
final class ReportFixture implements AutoCloseable {

    /** 10:00 in Beijing on 2026-04-30 and on 2026-11-20. */
    static final Instant FIRST_BATCH = Instant.parse("2026-04-30T02:00:00Z");
    static final Instant SECOND_BATCH = Instant.parse("2026-11-20T02:00:00Z");

    final TestClock clock = new TestClock(FIRST_BATCH);
    private final java.util.Set<java.util.UUID> seen = new java.util.HashSet<>();
    final Workstation workstation;
    final Workspace ws;
    final Services services;

    ReportFixture(Path dir) {
        workstation = new Workstation(dir.resolve("store"), TestSites.FAST_KEYS, StoreOptions.DEFAULT, clock);
        workstation.setUp(TestSites.YIXIAN_HOSPITAL, "admin", "管理员", TestSites.ADMIN_PASSWORD.toCharArray());
        try (Workspace admin = TestSites.login(workstation, "admin", TestSites.ADMIN_PASSWORD)) {
            new Accounts(admin).add("doctor", "李医生", Role.COUNTY_DOCTOR, TestSites.DOCTOR_PASSWORD.toCharArray());
        }
        ws = TestSites.login(workstation, "doctor", TestSites.DOCTOR_PASSWORD);
        services = TestSites.services(ws);
        var patients = services.patientImport();
        patients.commit(patients.preview(Path.of("samples/patients-yixian.csv")));
        importAndCertify(dir);
        clock.advance(java.time.Duration.between(FIRST_BATCH, SECOND_BATCH));
        importAndCertify(dir);
    }

    private void importAndCertify(Path dir) {
        services.ledgerImport().run(Path.of("samples/settlement-yixian.csv"), false, dir.resolve("import-report.csv"));
        List<LedgerRow> rows = services.ledger().list(LedgerFilter.ALL, false).stream().filter(r -> seen.add(r.id())).toList();
        for (int i = 0; i < rows.size(); i++) {
            if (i % 5 == 4) {
                continue;
            }
            boolean refused = i == 3 && clock.instant().equals(FIRST_BATCH);
            services.ledger().certify(rows.get(i).id(), refused ? Certification.NOT_CERTIFIED : Certification.CERTIFIED,
                    refused ? "非建档立卡贫困人口" : null, List.of("扶贫", "民政"));
        }
    }

    ReportBuilder builder() {
        return new ReportBuilder(ws, services.rules());
    }

    @Override
    public void close() {
        ws.close();
    }
}
