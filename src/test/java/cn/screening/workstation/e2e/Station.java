package cn.screening.workstation.e2e;

import cn.screening.workstation.domain.identity.IdNumber;
import cn.screening.workstation.domain.identity.IdType;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.patient.Address;
import cn.screening.workstation.domain.patient.InsuranceType;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.patient.PovertyStatus;
import cn.screening.workstation.domain.site.SiteProfile;
import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.Workstation;
import cn.screening.workstation.sync.SyncApi;
import cn.screening.workstation.sync.SyncEngine;
import cn.screening.workstation.sync.SyncReport;
import cn.screening.workstation.store.StoreOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** A real workstation in a temp folder, set up for one site, logged in as its administrator, enrolled with the province. */
final class Station implements AutoCloseable {

    static final String ADMIN_PASSWORD = TestSites.ADMIN_PASSWORD;
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    final SiteProfile site;
    final Workstation workstation;
    final Workspace ws;
    final Services services;
    final SyncApi api;
    private SyncEngine engine;

    private Station(SiteProfile site, Workstation workstation, SyncApi api) {
        this(site, workstation, api, "admin", ADMIN_PASSWORD);
    }

    private Station(SiteProfile site, Workstation workstation, SyncApi api, String user, String password) {
        this.site = site;
        this.workstation = workstation;
        this.ws = TestSites.login(workstation, user, password);
        this.services = TestSites.services(ws);
        this.api = api;
    }

    static SyncApi quickApi() {
        return SyncApi.create(new SyncApi.Timeouts(Duration.ofSeconds(3), Duration.ofSeconds(5), Duration.ofSeconds(20)));
    }

    /** Sets up a workstation for {@code site} in {@code dir} and enrols it at {@code serverUrl} with a code from the province. */
    static Station enrolled(Path dir, SiteProfile site, Province province, String serverUrl) {
        return enrolled(dir, site, province, serverUrl, Clock.systemDefaultZone());
    }

    /** The same on a clock the test moves (its records then carry the times the test chose). */
    static Station enrolled(Path dir, SiteProfile site, Province province, String serverUrl, Clock clock) {
        Workstation w = new Workstation(dir, TestSites.FAST_KEYS, StoreOptions.DEFAULT, clock);
        w.setUp(site, "admin", "管理员", ADMIN_PASSWORD.toCharArray());
        Station s = new Station(site, w, quickApi());
        s.services.syncSetup(s.api).enrol(province.url(), province.enrolmentCode(site), "PC of " + site.siteCode());
        if (!serverUrl.equals(province.url())) {
            s.services.syncSetup(s.api).changeServer(serverUrl); // e.g. a proxy in front of it
        }
        return s;
    }

    /**
     * Like {@link #enrolled}, but the station then works as a doctor of the given role, as the
     * screens of referral and follow-up are used (the administrator enrols, the doctor refers).
     */
    static Station enrolledAsDoctor(Path dir, SiteProfile site, Province province, cn.screening.workstation.domain.user.Role role) {
        return enrolledAsDoctor(dir, site, province, role, Clock.systemDefaultZone());
    }

    static Station enrolledAsDoctor(Path dir, SiteProfile site, Province province, cn.screening.workstation.domain.user.Role role,
                                    Clock clock) {
        Station admin = enrolled(dir, site, province, province.url(), clock);
        admin.services.accounts().add("doctor", "李医生", role, TestSites.DOCTOR_PASSWORD.toCharArray());
        admin.close();
        return new Station(site, admin.workstation, admin.api, "doctor", TestSites.DOCTOR_PASSWORD);
    }

    /** The same engine for every sync of this station, as the scheduler keeps one. */
    SyncEngine engine() {
        if (engine == null) {
            engine = services.syncSetup(api).engine();
        }
        return engine;
    }

    /** One sync, and the rules rebuilt when it pulled settings, as the session's scheduler does. */
    SyncReport sync() {
        SyncReport report = engine().syncOnce();
        ws.pulled(report.pulledTypes());
        return report;
    }

    /** A valid resident ID in the station's county, unique across the test run. */
    String newIdNumber() {
        int n = SEQUENCE.getAndIncrement();
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(n / 450);
        String first17 = site.countyCode() + birth.toString().replace("-", "") + String.format("%03d", (n % 450) * 2 + 1);
        return first17 + IdNumber.checkCharacter(first17);
    }

    /** Registers a patient of this site through the repository: it lands in the outbox in the same transaction. */
    Patient register(String name) {
        return registerFor(site.siteCode(), name);
    }

    /** A patient whose owner is {@code ownerSite}, which need not be this station's site. */
    Patient registerFor(String ownerSite, String name) {
        Patient p = newPatient(ownerSite, name);
        return ws.database().write(ws.session().actor(), tx -> ws.patients().insert(tx, p));
    }

    /** A new patient of this site, not stored yet. */
    Patient newPatient(String name) {
        return newPatient(site.siteCode(), name);
    }

    Patient newPatient(String ownerSite, String name) {
        String id = newIdNumber();
        LocalDate birth = LocalDate.parse(id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14));
        Patient p = new Patient(UUID.randomUUID(), name, IdType.RESIDENT_ID, id, Sex.MALE, birth, "01", "13812341234",
                new Address(site.divisionCode().length() > 6 ? site.divisionCode() : site.divisionCode() + "001", null, "一村", null),
                null, PovertyStatus.REGISTERED_POOR, InsuranceType.RESIDENT, ownerSite, null);
        return p;
    }

    List<Patient> register(int n, String prefix) {
        List<Patient> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(register(personName(prefix + i)));
        }
        return out;
    }

    /** A name the workstation's rules (and so the server's) accept: digits as Chinese numerals, other marks dropped. */
    static String personName(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= '0' && c <= '9') {
                b.append("零一二三四五六七八九".charAt(c - '0'));
            } else if (Character.isLetter(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    Patient edit(UUID id, UnaryOperator<Patient> change) {
        return ws.database().write(ws.session().actor(),
                tx -> ws.patients().update(tx, change.apply(ws.patients().findById(tx, id).orElseThrow())));
    }

    java.util.Optional<Patient> patient(UUID id) {
        return ws.database().read(tx -> ws.patients().findById(tx, id));
    }

    long patientCount() {
        return ws.database().read(tx -> ws.patients().count(tx));
    }

    long pending() {
        return ws.database().read(tx -> ws.outbox().pendingCount(tx));
    }

    static Set<UUID> ids(List<Patient> patients) {
        return patients.stream().map(Patient::id).collect(Collectors.toSet());
    }

    @Override
    public void close() {
        ws.close();
    }
}
