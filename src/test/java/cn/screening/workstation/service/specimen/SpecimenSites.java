package cn.screening.workstation.service.specimen;

import cn.screening.workstation.domain.SyncMeta;
import cn.screening.workstation.domain.cases.CaseStatus;
import cn.screening.workstation.domain.cases.ScreeningCase;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.patient.Guardian;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.domain.site.SiteProfile;
import cn.screening.workstation.domain.specimen.Aliquot;
import cn.screening.workstation.domain.specimen.TubeType;
import cn.screening.workstation.domain.user.Role;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.PulledRecord;
import cn.screening.workstation.service.Accounts;
import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.Workstation;
import cn.screening.workstation.store.SyncedRecords.LocalRecord;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Real workstations for the sample loop's service tests: 义县 county hospital (a doctor logged in)
 * and a designated hospital (a lab user logged in), each in its own H2 store. {@link #carry} moves a
 * record from one store to the other as a pull would, so each side's services see what sync brings.
 */
public final class SpecimenSites {

    public static final SiteProfile HOSPITAL = new SiteProfile("210700-H", InstitutionType.DESIGNATED, "210702", "锦州市血友病定点医院");
    static final String LAB_PASSWORD = "lab-pass-1";
    private static final AtomicLong VERSIONS = new AtomicLong(1000);

    private SpecimenSites() {
    }

    /** The county's doctor's workspace over a fresh store in {@code dir}. */
    public static Workspace county(Path dir) {
        Workstation w = TestSites.countyHospital(dir);
        return TestSites.login(w, "doctor", TestSites.DOCTOR_PASSWORD);
    }

    /** The designated hospital's lab user's workspace over a fresh store in {@code dir}. */
    public static Workspace hospital(Path dir) {
        Workstation w = TestSites.workstation(dir);
        w.setUp(HOSPITAL, "admin", "管理员", TestSites.ADMIN_PASSWORD.toCharArray());
        try (Workspace admin = TestSites.login(w, "admin", TestSites.ADMIN_PASSWORD)) {
            new Accounts(admin).add("lab", "王检验", Role.DESIGNATED_LAB, LAB_PASSWORD.toCharArray());
        }
        return TestSites.login(w, "lab", LAB_PASSWORD);
    }

    public static Specimens specimens(Workspace ws) {
        return services(ws).specimens();
    }

    public static Services services(Workspace ws) {
        return TestSites.services(ws);
    }

    /** A patient and a suspected hemophilia case of the workspace's site. */
    public static UUID suspectedCase(Workspace ws, String name, Sex sex) {
        String site = ws.session().site().siteCode();
        LocalDate birth = LocalDate.of(2015, 3, 1);
        int n = (int) (VERSIONS.incrementAndGet() % 400);
        Patient base = TestSites.patient(name, TestSites.yixianId(birth, n * 2 + (sex == Sex.FEMALE ? 2 : 1)), sex, birth);
        Patient p = new Patient(UUID.randomUUID(), base.name(), base.idType(), base.idNumber(), base.sex(), base.birthDate(),
                // a child: registered with a consenting guardian, as the workstation (and the server) require
                base.ethnicityCode(), base.phone(), base.address(), new Guardian("王芳", "母亲", "13812340000", true, null),
                base.povertyStatus(), base.insurance(), site, null);
        return ws.database().write(ws.session().actor(), tx -> {
            Patient stored = ws.patients().insert(tx, p);
            ScreeningCase c = new ScreeningCase(UUID.randomUUID(), stored.id(), "HEMOPHILIA", CaseStatus.SUSPECTED, "210727102",
                    site, "doctor", tx.now(), null, null);
            return ws.cases().insert(tx, site + "-2026-" + VERSIONS.incrementAndGet(), c).id();
        });
    }

    public static CaseStatus caseStatus(Workspace ws, UUID caseId) {
        return ws.database().read(tx -> ws.cases().findById(tx, caseId)).orElseThrow().status();
    }

    /** A good draw {@code ago} before now: 3.2% citrate, 95% full, spun an hour after. */
    public static DrawRequest goodDraw(Instant now, Duration ago) {
        Instant drawn = now.minus(ago);
        Instant spun = ago.compareTo(Duration.ofHours(1)) > 0 ? drawn.plus(Duration.ofHours(1)) : null;
        return new DrawRequest(TubeType.CITRATE_3_2, 95, drawn, "李医生", spun, null,
                List.of(new Aliquot(new BigDecimal("0.5")), new Aliquot(new BigDecimal("0.5"))), null);
    }

    /** Whole blood drawn {@code ago} before now, not spun. */
    public static DrawRequest unspunDraw(Instant now, Duration ago) {
        return new DrawRequest(TubeType.CITRATE_3_2, 95, now.minus(ago), "李医生", null, null, List.of(), null);
    }

    /** Moves one record as a pull would: the server's copy, written as is, arrival hooks run. */
    public static void carry(Workspace from, Workspace to, String entityType, UUID id) {
        LocalRecord r = from.database().read(tx -> from.syncStore().records().find(tx, entityType, id)).orElseThrow();
        long version = VERSIONS.incrementAndGet();
        to.database().write(to.session().actor(), tx -> {
            to.syncStore().records().write(tx, entityType, r.payload(),
                    new SyncMeta(version, r.meta().updatedAt(), r.meta().updatedBySite(), r.meta().deleted()));
            return null;
        });
    }

    /** A provincial setting, as pulled with reference data. */
    public static void setting(Workspace ws, String key, Number value) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("key", key);
        payload.put("value", new BigDecimal(value.toString()));
        PulledRecord r = new PulledRecord("setting", UUID.nameUUIDFromBytes(key.getBytes()), VERSIONS.incrementAndGet(), payload,
                Instant.now(), "province", false);
        ws.database().write(ws.session().actor(), tx -> {
            ws.syncStore().references().save(tx, r);
            return null;
        });
        ws.pulled(Set.of(EntityTypes.SETTING)); // what the sync does after a pull
    }

    /** A designated hospital in the county's reference data. */
    public static void hospitalKnown(Workspace ws) {
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("code", HOSPITAL.siteCode());
        payload.put("type", "designated");
        payload.put("name", HOSPITAL.name());
        payload.put("divisionCode", HOSPITAL.divisionCode());
        PulledRecord r = new PulledRecord("site", UUID.nameUUIDFromBytes(HOSPITAL.siteCode().getBytes()), VERSIONS.incrementAndGet(),
                payload, Instant.now(), "province", false);
        ws.database().write(ws.session().actor(), tx -> {
            ws.syncStore().references().save(tx, r);
            return null;
        });
    }
}
