package cn.screening.workstation.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.patient.Address;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.Reason;
import cn.screening.workstation.server.store.StoreTarget;
import cn.screening.workstation.service.Quarantine.QuarantinedChange;
import cn.screening.workstation.store.RecordPayloads;
import cn.screening.workstation.store.StoreJson;
import cn.screening.workstation.sync.SyncReport;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ways a refused change leaves quarantine, against the real server on loopback: a batch the server
 * cannot take in (413) is split until only the record it chokes on is held; a record refused for a
 * site the server did not know yet is sent again by {@code requeue} once the server knows it; a record
 * the user corrects travels by itself at the next sync; a change the server's store refuses to write
 * is refused alone while the rest of its batch is stored.
 */
@Tag("slow")
class QuarantineFlowTest {

    private static final String UNKNOWN_TOWNSHIP = "210727103-T";

    @TempDir
    Path dir;

    @Test
    void aBatchTooLargeForTheServerIsSplitUntilOnlyTheOffendingRecordIsHeld() {
        long maxBody = 16 * 1024;
        try (Province province = Province.start(dir.resolve("server"), maxBody);
             Station county = Station.enrolled(dir.resolve("county"), Province.YIXIAN, province, province.url())) {
            List<Patient> sent = new ArrayList<>(county.register(20, "先登记"));
            UUID huge = queueRecordLargerThan(county, maxBody);
            sent.addAll(county.register(20, "后登记"));

            SyncReport r = county.sync();

            assertThat(r.failure()).isNull();
            assertThat(r.pushed()).isEqualTo(40);
            assertThat(r.pending()).isZero();
            assertThat(r.quarantined()).isEqualTo(1);
            assertThat(county.services.quarantine().list()).singleElement().satisfies(q -> {
                assertThat(q.entityId()).isEqualTo(huge);
                assertThat(q.reasons()).extracting(Reason::code).containsExactly("body_too_large");
            });
            assertThat(province.patientIdsSeenBy(Province.YIXIAN)).containsExactlyInAnyOrderElementsOf(Station.ids(sent));
            // the held record is not sent again by itself: the next sync sends no batch at all
            long batches = province.stats().path("batches").asLong();
            SyncReport again = county.sync();
            assertThat(again.pushed()).isZero();
            assertThat(again.quarantined()).isEqualTo(1);
            assertThat(province.stats().path("batches").asLong()).isEqualTo(batches);
        }
    }

    @Test
    void aRequeuedRecordIsSentAgainOnceTheServerKnowsItsSite() {
        try (Province province = Province.start(dir.resolve("server"));
             Station county = Station.enrolled(dir.resolve("county"), Province.YIXIAN, province, province.url())) {
            Patient early = county.registerFor(UNKNOWN_TOWNSHIP, "新建乡患者");

            SyncReport refused = county.sync();
            assertThat(refused.pushed()).isZero();
            assertThat(refused.quarantined()).isEqualTo(1);
            QuarantinedChange held = county.services.quarantine().list().get(0);
            assertThat(held.entityId()).isEqualTo(early.id());
            assertThat(held.reasons()).extracting(Reason::code).containsExactly("not_your_site");

            // the province adds the new township under 义县; the county's user sends the record again as it is
            province.services.administration().addSite(UNKNOWN_TOWNSHIP, InstitutionType.TOWNSHIP, "210727103", "新建乡卫生院",
                    Province.YIXIAN.siteCode());
            county.services.quarantine().requeue(held.seq());
            assertThat(county.services.quarantine().list()).isEmpty();
            assertThat(county.pending()).isEqualTo(1);

            SyncReport sent = county.sync();
            assertThat(sent.failure()).isNull();
            assertThat(sent.pushed()).isEqualTo(1);
            assertThat(sent.allClear()).isTrue();
            assertThat(province.patientsSeenBy(Province.YIXIAN)).singleElement().satisfies(p -> {
                assertThat(p.entityId()).isEqualTo(early.id());
                assertThat(p.payload().path("name").asText()).isEqualTo("新建乡患者");
                assertThat(p.payload().path("registeredSite").asText()).isEqualTo(UNKNOWN_TOWNSHIP);
            });
        }
    }

    @Test
    void aCorrectedRecordLeavesQuarantineAndTravelsAtTheNextSync() {
        try (Province province = Province.start(dir.resolve("server"));
             Station county = Station.enrolled(dir.resolve("county"), Province.YIXIAN, province, province.url())) {
            Patient wrong = county.registerFor(Province.HEISHAN.siteCode(), "错填机构患者");
            assertThat(county.sync().quarantined()).isEqualTo(1);

            county.edit(wrong.id(), p -> new Patient(p.id(), "改正后患者", p.idType(), p.idNumber(), p.sex(), p.birthDate(),
                    p.ethnicityCode(), p.phone(), p.address(), p.guardian(), p.povertyStatus(), p.insurance(),
                    Province.YIXIAN.siteCode(), p.meta()));
            assertThat(county.services.quarantine().list()).isEmpty();

            SyncReport r = county.sync();
            assertThat(r.pushed()).isEqualTo(1);
            assertThat(r.allClear()).isTrue();
            assertThat(province.patientsSeenBy(Province.YIXIAN)).singleElement().satisfies(p -> {
                assertThat(p.payload().path("name").asText()).isEqualTo("改正后患者");
                assertThat(p.payload().path("registeredSite").asText()).isEqualTo(Province.YIXIAN.siteCode());
            });
        }
    }

    @Test
    void aChangeTheStoreRefusesToWriteIsRefusedAloneAndTheRestOfItsBatchIsStored() throws Exception {
        try (Province province = Province.start(dir.resolve("server"));
             Station county = Station.enrolled(dir.resolve("county"), Province.YIXIAN, province, province.url())) {
            // a rule only the database knows: the batch's writes fail together, then each change is judged on its own
            StoreTarget store = province.store.target();
            try (Connection c = DriverManager.getConnection(store.url(), store.user(), store.password());
                 Statement st = c.createStatement()) {
                st.execute("ALTER TABLE sync_record ADD CONSTRAINT no_test_marker CHECK (payload NOT LIKE '%拒存%')");
            }
            List<Patient> good = new ArrayList<>(county.register(3, "甲"));
            Patient refused = county.register("拒存患者");
            good.addAll(county.register(3, "乙"));

            SyncReport r = county.sync();

            assertThat(r.failure()).isNull();
            assertThat(r.pushed()).isEqualTo(6);
            assertThat(r.quarantined()).isEqualTo(1);
            assertThat(county.services.quarantine().list()).singleElement().satisfies(q -> {
                assertThat(q.entityId()).isEqualTo(refused.id());
                assertThat(q.reasons()).extracting(Reason::code).containsExactly("server_error");
            });
            assertThat(province.patientIdsSeenBy(Province.YIXIAN)).containsExactlyInAnyOrderElementsOf(Station.ids(good));
        }
    }

    /**
     * A patient change bigger than the server takes in one body, even gzipped: its address detail
     * (only in the outbox, as an older version or a bug might have queued it) is random text.
     */
    private static UUID queueRecordLargerThan(Station s, long bytes) {
        Patient p = s.newPatient("超大记录");
        ObjectNode payload = RecordPayloads.ofPatient(new Patient(p.id(), p.name(), p.idType(), p.idNumber(), p.sex(), p.birthDate(),
                p.ethnicityCode(), p.phone(), new Address(p.address().townshipCode(), null, "一村", randomText(bytes * 2)), p.guardian(),
                p.povertyStatus(), p.insurance(), p.registeredSite(), null));
        s.ws.database().write(s.ws.session().actor(), tx -> {
            s.ws.outbox().enqueue(tx, EntityTypes.PATIENT, p.id(), StoreJson.write(payload), 0, null);
            return null;
        });
        return p.id();
    }

    private static String randomText(long length) {
        Random random = new Random(7);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            sb.append(Long.toString(random.nextLong(), 36));
        }
        return sb.toString();
    }
}
