package cn.screening.workstation.sync;

import cn.screening.workstation.domain.identity.IdType;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.patient.Address;
import cn.screening.workstation.domain.patient.InsuranceType;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.patient.PovertyStatus;
import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.Workstation;
import cn.screening.workstation.store.Actor;
import cn.screening.workstation.store.OutboxEntry;
import cn.screening.workstation.store.OutboxState;
import cn.screening.workstation.store.SyncStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** A county hospital's workstation in a temp folder, logged in as its administrator and enrolled with a fake server. */
final class SyncFixture implements AutoCloseable {

    final Workstation workstation;
    final Workspace ws;
    final Services services;
    final FakeProvincialServer server;
    final SyncApi api = SyncApi.create(new SyncApi.Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20)));
    final Sentences sentences;
    private int sequence = 1;

    SyncFixture(Path dir, FakeProvincialServer server) {
        this.workstation = TestSites.countyHospital(dir);
        this.ws = TestSites.login(workstation, "admin", TestSites.ADMIN_PASSWORD);
        this.services = TestSites.services(ws);
        this.server = server;
        this.sentences = services.texts()::get;
        services.syncSetup(api).enrol(server.url(), FakeProvincialServer.ENROL_CODE, "test-pc");
    }

    SyncStore store() {
        return ws.syncStore();
    }

    /** An engine whose notion of "slow" follows the fake server's clock. */
    SyncEngine engine() {
        return new SyncEngine(store(), api, new Actor("sync", TestSites.YIXIAN_HOSPITAL.siteCode()), BatchSizer.standard(),
                server::nanoTime);
    }

    Patient register(String name) {
        LocalDate birth = LocalDate.of(1985, 3, 1).plusDays(sequence); // adults: a child without consent would wait (rule 10)
        Patient p = new Patient(UUID.randomUUID(), name, IdType.RESIDENT_ID, TestSites.yixianId(birth, 2 * sequence++ + 1), Sex.MALE,
                birth, "01", "13812341234", new Address("210727102", null, "七里河村", null), null, PovertyStatus.REGISTERED_POOR,
                InsuranceType.RESIDENT, TestSites.YIXIAN_HOSPITAL.siteCode(), null);
        return ws.database().write(ws.session().actor(), tx -> ws.patients().insert(tx, p));
    }

    List<Patient> register(int n) {
        List<Patient> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(register("患者" + i));
        }
        return out;
    }

    Patient edit(UUID id, UnaryOperator<Patient> change) {
        return ws.database().write(ws.session().actor(), tx -> ws.patients().update(tx, change.apply(ws.patients().findById(tx, id).orElseThrow())));
    }

    Patient patient(UUID id) {
        return ws.database().read(tx -> ws.patients().findById(tx, id).orElseThrow());
    }

    long pending() {
        return ws.database().read(tx -> ws.outbox().pendingCount(tx));
    }

    List<OutboxEntry> outbox(OutboxState state) {
        return ws.database().read(tx -> ws.outbox().inState(tx, state));
    }

    long patientCount() {
        return ws.database().read(tx -> ws.patients().count(tx));
    }

    String sentence(SyncFailure f) {
        return services.texts().get(f.messageKey(), f.args());
    }

    static Locale locale() {
        return Locale.SIMPLIFIED_CHINESE;
    }

    @Override
    public void close() {
        ws.close();
    }
}
