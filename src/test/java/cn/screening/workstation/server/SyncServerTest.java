package cn.screening.workstation.server;

import static cn.screening.workstation.server.ServerHarness.COUNTY;
import static cn.screening.workstation.server.ServerHarness.OTHER_COUNTY;
import static cn.screening.workstation.server.ServerHarness.OTHER_TOWNSHIP;
import static cn.screening.workstation.server.ServerHarness.TOWNSHIP;
import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.protocol.Change;
import cn.screening.workstation.protocol.ChangeResult;
import cn.screening.workstation.protocol.ChangeStatus;
import cn.screening.workstation.protocol.EnrolRequest;
import cn.screening.workstation.protocol.EnrolResponse;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.PullResponse;
import cn.screening.workstation.protocol.PulledRecord;
import cn.screening.workstation.protocol.PushResponse;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the server promises a client, over real HTTP on loopback, on the store the run asks for:
 * `mvn verify` runs it on H2 and again on PostgreSQL (see TestStores).
 */
class SyncServerTest {

    @TempDir
    Path dir;
    ServerHarness server;

    @BeforeEach
    void start() {
        server = ServerHarness.start(dir.resolve("server"));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anEnrolmentCodeWorksOnce() {
        String code = server.services.administration().enrolmentCode(TOWNSHIP);
        ApiClient.Answer first = server.client.post("/enrol", null, new EnrolRequest(code.toLowerCase(), "诊室电脑", "0.1.0"));
        assertThat(first.status()).isEqualTo(200);
        EnrolResponse e = first.as(EnrolResponse.class);
        assertThat(e.site().code()).isEqualTo(TOWNSHIP);
        assertThat(e.site().parentCode()).isEqualTo(COUNTY);
        assertThat(e.token()).hasSizeGreaterThan(30);

        ApiClient.Answer again = server.client.post("/enrol", null, new EnrolRequest(code, "另一台电脑", "0.1.0"));
        assertThat(again.status()).isEqualTo(403);
        assertThat(again.error()).isEqualTo("code_invalid");
        assertThat(server.pull(e.token(), 0, 1).records()).hasSize(1);
    }

    @Test
    void newRecordsAreAppliedWithVersionsFromOneSequence() {
        String token = server.enrol(TOWNSHIP).token();
        UUID patient = UUID.randomUUID();
        UUID kase = UUID.randomUUID();
        long before = server.stats().get("lastVersion").asLong();

        PushResponse r = server.push(token, Records.createPatient(patient, "王小明", TOWNSHIP),
                Records.create(EntityTypes.CASE, kase, Records.caseOf(kase, patient, TOWNSHIP, "HEMOPHILIA")));

        assertThat(r.results()).extracting(ChangeResult::status).containsExactly(ChangeStatus.APPLIED, ChangeStatus.APPLIED);
        assertThat(r.results()).extracting(ChangeResult::version).containsExactly(before + 1, before + 2);
        assertThat(server.stats().get("patients").asLong()).isEqualTo(1);
        assertThat(server.stats().get("cases").asLong()).isEqualTo(1);
    }

    @Test
    void theSameBatchTwiceGetsTheIdenticalAnswerAndNoSecondRow() {
        String token = server.enrol(TOWNSHIP).token();
        UUID batch = UUID.randomUUID();
        List<Change> changes = List.of(Records.createPatient(UUID.randomUUID(), "甲某", TOWNSHIP),
                Records.createPatient(UUID.randomUUID(), "乙某", TOWNSHIP));

        ApiClient.Answer first = server.pushRaw(token, batch, changes);
        long versionAfterFirst = server.stats().get("lastVersion").asLong();
        ApiClient.Answer second = server.pushRaw(token, batch, changes);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(server.stats().get("patients").asLong()).isEqualTo(2);
        assertThat(server.stats().get("batches").asLong()).isEqualTo(1);
        assertThat(server.stats().get("lastVersion").asLong()).isEqualTo(versionAfterFirst);
    }

    @Test
    void aChangeResentInANewBatchIsADuplicateWithItsFirstVersion() {
        String token = server.enrol(TOWNSHIP).token();
        Change create = Records.createPatient(UUID.randomUUID(), "丙某", TOWNSHIP);
        ChangeResult first = server.push(token, create).results().get(0);
        ChangeResult again = server.push(token, create).results().get(0);

        assertThat(first.status()).isEqualTo(ChangeStatus.APPLIED);
        assertThat(again.status()).isEqualTo(ChangeStatus.DUPLICATE);
        assertThat(again.version()).isEqualTo(first.version());
        assertThat(server.stats().get("patients").asLong()).isEqualTo(1);
        assertThat(server.stats().get("lastVersion").asLong()).isEqualTo(first.version());
    }

    @Test
    void anEditOfTheSameFieldFromAStaleBaseIsAConflictWithTheServerCopy() {
        String township = server.enrol(TOWNSHIP).token();
        String county = server.enrol(COUNTY).token();
        UUID id = UUID.randomUUID();
        long v1 = server.push(township, Records.createPatient(id, "丁某", TOWNSHIP)).results().get(0).version();

        ObjectNode townshipCopy = Records.patient(id, "丁某", TOWNSHIP).put("phone", "13911111111");
        long v2 = server.push(township, Records.edit(EntityTypes.PATIENT, id, v1, townshipCopy, "phone")).results().get(0).version();
        ObjectNode countyCopy = Records.patient(id, "丁某", TOWNSHIP).put("phone", "13922222222");
        ChangeResult r = server.push(county, Records.edit(EntityTypes.PATIENT, id, v1, countyCopy, "phone")).results().get(0);

        assertThat(r.status()).isEqualTo(ChangeStatus.CONFLICT);
        assertThat(r.conflictingFields()).containsExactly("phone");
        assertThat(r.version()).isEqualTo(v2);
        assertThat(r.serverRecord().payload().get("phone").asText()).isEqualTo("13911111111");
        PulledRecord now = onlyPatient(server.pull(county, 0, 1000));
        assertThat(now.payload().get("phone").asText()).isEqualTo("13911111111");
        assertThat(now.version()).isEqualTo(v2);
    }

    @Test
    void editsOfDifferentFieldsMerge() {
        String township = server.enrol(TOWNSHIP).token();
        String county = server.enrol(COUNTY).token();
        UUID id = UUID.randomUUID();
        long v1 = server.push(township, Records.createPatient(id, "戊某", TOWNSHIP)).results().get(0).version();

        ObjectNode a = Records.patient(id, "戊某", TOWNSHIP).put("phone", "13933333333");
        server.push(township, Records.edit(EntityTypes.PATIENT, id, v1, a, "phone"));
        ObjectNode b = Records.patient(id, "戊某", TOWNSHIP);
        ((ObjectNode) b.get("address")).put("detail", "新村二组");
        ChangeResult r = server.push(county, Records.edit(EntityTypes.PATIENT, id, v1, b, "address.detail")).results().get(0);

        assertThat(r.status()).isEqualTo(ChangeStatus.APPLIED);
        assertThat(r.serverRecord()).as("the merged copy comes back").isNotNull();
        assertThat(r.serverRecord().payload().get("phone").asText()).isEqualTo("13933333333");
        PulledRecord merged = onlyPatient(server.pull(township, 0, 1000));
        assertThat(merged.version()).isEqualTo(r.version());
        assertThat(merged.payload().get("phone").asText()).isEqualTo("13933333333");
        assertThat(merged.payload().at("/address/detail").asText()).isEqualTo("新村二组");
        assertThat(merged.updatedBySite()).isEqualTo(COUNTY);

        ObjectNode stale = Records.patient(id, "戊某", TOWNSHIP);
        ((ObjectNode) stale.get("address")).put("detail", "旧址");
        ChangeResult whole = server.push(township, Records.edit(EntityTypes.PATIENT, id, v1, stale, "address")).results().get(0);
        assertThat(whole.status()).as("a whole object edited under a changed nested field").isEqualTo(ChangeStatus.CONFLICT);
        assertThat(whole.conflictingFields()).containsExactly("address");
    }

    @Test
    void aRejectedChangeDoesNotBlockTheOthers() {
        String token = server.enrol(TOWNSHIP).token();
        UUID patient = UUID.randomUUID();
        ObjectNode nameless = Records.patient(UUID.randomUUID(), "x", TOWNSHIP);
        nameless.remove("name");
        UUID kase = UUID.randomUUID();
        UUID badCase = UUID.randomUUID();
        UUID nobody = UUID.randomUUID();

        PushResponse r = server.push(token,
                Records.createPatient(patient, "己某", TOWNSHIP),
                Records.create(EntityTypes.PATIENT, UUID.fromString(nameless.get("id").asText()), nameless),
                Records.createPatient(UUID.randomUUID(), "庚某", OTHER_TOWNSHIP),
                Records.create(EntityTypes.CASE, badCase, Records.caseOf(badCase, patient, TOWNSHIP, "NO_SUCH_DISEASE")),
                Records.create(EntityTypes.SITE, nobody, Records.patient(nobody, "x", TOWNSHIP)),
                Records.create(EntityTypes.CASE, kase, Records.caseOf(kase, patient, TOWNSHIP, "HEMOPHILIA")));

        assertThat(r.results()).extracting(ChangeResult::status).containsExactly(ChangeStatus.APPLIED, ChangeStatus.REJECTED,
                ChangeStatus.REJECTED, ChangeStatus.REJECTED, ChangeStatus.REJECTED, ChangeStatus.APPLIED);
        assertThat(r.results().get(1).reasons()).anySatisfy(reason -> {
            assertThat(reason.code()).isEqualTo("required");
            assertThat(reason.field()).isEqualTo("name");
        });
        assertThat(r.results().get(2).reasons().get(0).code()).isEqualTo("not_your_site");
        assertThat(r.results().get(3).reasons().get(0).code()).isEqualTo("unknown_disease");
        assertThat(r.results().get(4).reasons().get(0).code()).isEqualTo("not_pushable");
        assertThat(server.stats().get("patients").asLong()).isEqualTo(1);
        assertThat(server.stats().get("cases").asLong()).isEqualTo(1);
    }

    @Test
    void pullPagesByCursorInVersionOrder() {
        String token = server.enrol(TOWNSHIP).token();
        List<Change> creates = IntStream.range(0, 25)
                .mapToObj(i -> Records.createPatient(UUID.randomUUID(), "患者" + (char) ('甲' + i), TOWNSHIP)).toList();
        server.push(token, creates.toArray(Change[]::new));

        List<PulledRecord> all = new ArrayList<>();
        long cursor = 0;
        int pages = 0;
        PullResponse page;
        do {
            page = server.pull(token, cursor, 10);
            assertThat(page.records()).hasSizeLessThanOrEqualTo(10);
            all.addAll(page.records());
            if (!page.records().isEmpty()) {
                assertThat(page.nextCursor()).isEqualTo(page.records().get(page.records().size() - 1).version());
            }
            cursor = page.nextCursor();
            pages++;
        } while (page.hasMore());

        assertThat(all).extracting(PulledRecord::version).isSorted().doesNotHaveDuplicates();
        assertThat(all).filteredOn(r -> r.entityType().equals(EntityTypes.PATIENT)).hasSize(25);
        assertThat(all).filteredOn(r -> r.entityType().equals(EntityTypes.SITE)).hasSize(5);
        assertThat(all).filteredOn(r -> r.entityType().equals(EntityTypes.DISEASE)).hasSizeGreaterThanOrEqualTo(21);
        assertThat(all).filteredOn(r -> r.entityType().equals(EntityTypes.SETTING))
                .anySatisfy(s -> assertThat(s.payload().get("key").asText()).isEqualTo("drawToSpinLimitHours"));
        assertThat(pages).isGreaterThan(3);
        PullResponse end = server.pull(token, cursor, 10);
        assertThat(end.records()).isEmpty();
        assertThat(end.hasMore()).isFalse();
        assertThat(end.nextCursor()).isEqualTo(cursor);
    }

    @Test
    void aCountySeesItsTownshipsRecordsAndAnotherCountySeesNone() {
        String township = server.enrol(TOWNSHIP).token();
        String county = server.enrol(COUNTY).token();
        String other = server.enrol(OTHER_COUNTY).token();
        UUID patient = UUID.randomUUID();
        UUID kase = UUID.randomUUID();
        server.push(township, Records.createPatient(patient, "辛某", TOWNSHIP),
                Records.create(EntityTypes.CASE, kase, Records.caseOf(kase, patient, TOWNSHIP, "HEMOPHILIA")));
        UUID countyOwn = UUID.randomUUID();
        server.push(county, Records.createPatient(countyOwn, "壬某", COUNTY));

        assertThat(clientRecords(server.pull(county, 0, 1000))).extracting(PulledRecord::entityId)
                .containsExactlyInAnyOrder(patient, kase, countyOwn);
        assertThat(clientRecords(server.pull(township, 0, 1000))).extracting(PulledRecord::entityId)
                .containsExactlyInAnyOrder(patient, kase);
        assertThat(clientRecords(server.pull(other, 0, 1000))).isEmpty();
    }

    @Test
    void anotherCountyCannotWriteARecordItDoesNotOwn() {
        String township = server.enrol(TOWNSHIP).token();
        String other = server.enrol(OTHER_COUNTY).token();
        UUID id = UUID.randomUUID();
        long v1 = server.push(township, Records.createPatient(id, "癸某", TOWNSHIP)).results().get(0).version();

        ObjectNode hijack = Records.patient(id, "被改", OTHER_COUNTY);
        ChangeResult edit = server.push(other, Records.edit(EntityTypes.PATIENT, id, v1, hijack, "name", "registeredSite")).results().get(0);
        ChangeResult create = server.push(other, Records.createPatient(UUID.randomUUID(), "冒名", TOWNSHIP)).results().get(0);

        assertThat(edit.status()).isEqualTo(ChangeStatus.REJECTED);
        assertThat(edit.reasons().get(0).code()).isEqualTo("not_your_record");
        assertThat(edit.serverRecord()).as("never a record to another county").isNull();
        assertThat(create.status()).isEqualTo(ChangeStatus.REJECTED);
        assertThat(create.reasons().get(0).code()).isEqualTo("not_your_site");
        PulledRecord kept = onlyPatient(server.pull(township, 0, 1000));
        assertThat(kept.payload().get("name").asText()).isEqualTo("癸某");
        assertThat(kept.version()).isEqualTo(v1);
    }

    @Test
    void aRevokedDeviceIsToldSoAndEveryoneElseGoesOn() {
        EnrolResponse revoked = server.enrol(TOWNSHIP);
        String other = server.enrol(TOWNSHIP).token();
        server.services.administration().revokeDevice(revoked.deviceId());

        ApiClient.Answer pull = server.client.get("/pull?after=0", revoked.token());
        ApiClient.Answer push = server.pushRaw(revoked.token(), UUID.randomUUID(), List.of());
        assertThat(pull.status()).isEqualTo(401);
        assertThat(pull.error()).isEqualTo("token_revoked");
        assertThat(push.status()).isEqualTo(401);
        assertThat(push.error()).isEqualTo("token_revoked");
        assertThat(server.push(other, Records.createPatient(UUID.randomUUID(), "子某", TOWNSHIP)).results().get(0).status())
                .isEqualTo(ChangeStatus.APPLIED);
        assertThat(server.stats().get("devices").asLong()).isEqualTo(1);
    }

    @Test
    void aDeletionIsATombstoneThatTravels() {
        String township = server.enrol(TOWNSHIP).token();
        UUID id = UUID.randomUUID();
        long v1 = server.push(township, Records.createPatient(id, "丑某", TOWNSHIP)).results().get(0).version();
        Change delete = new Change(UUID.randomUUID(), EntityTypes.PATIENT, id, v1, List.of(), null, null, null, true);

        ChangeResult r = server.push(township, delete).results().get(0);

        assertThat(r.status()).isEqualTo(ChangeStatus.APPLIED);
        PulledRecord tomb = onlyPatient(server.pull(township, v1, 1000));
        assertThat(tomb.deleted()).isTrue();
        assertThat(tomb.payload().get("name").asText()).isEqualTo("丑某");
        assertThat(server.stats().get("patients").asLong()).isZero();
    }

    @Test
    void concurrentPushesGetDistinctVersionsAndAPullingCursorMissesNone() throws Exception {
        List<String> tokens = List.of(server.enrol(TOWNSHIP).token(), server.enrol(TOWNSHIP).token(), server.enrol(COUNTY).token());
        String reader = server.enrol(COUNTY).token();
        int batches = 6;
        int perBatch = 10;
        ExecutorService pool = Executors.newFixedThreadPool(tokens.size() + 1);
        try {
            AtomicBoolean done = new AtomicBoolean();
            Future<Set<UUID>> pulled = pool.submit(() -> {
                Set<UUID> seen = new HashSet<>();
                long cursor = 0;
                while (true) {
                    boolean last = done.get();
                    PullResponse page = server.pull(reader, cursor, 7);
                    page.records().forEach(r -> assertThat(seen.add(r.entityId())).as("seen once: " + r.entityId()).isTrue());
                    cursor = page.nextCursor();
                    if (last && !page.hasMore()) {
                        return seen;
                    }
                }
            });
            List<Future<List<ChangeResult>>> pushes = new ArrayList<>();
            for (String token : tokens) {
                String site = token.equals(tokens.get(2)) ? COUNTY : TOWNSHIP;
                pushes.add(pool.submit(() -> {
                    List<ChangeResult> out = new ArrayList<>();
                    for (int b = 0; b < batches; b++) {
                        Change[] changes = IntStream.range(0, perBatch)
                                .mapToObj(i -> Records.createPatient(UUID.randomUUID(), "并发", site)).toArray(Change[]::new);
                        out.addAll(server.push(token, changes).results());
                    }
                    return out;
                }));
            }
            List<ChangeResult> all = new ArrayList<>();
            for (var f : pushes) {
                all.addAll(f.get(60, TimeUnit.SECONDS));
            }
            done.set(true);
            Set<UUID> seen = pulled.get(60, TimeUnit.SECONDS);

            assertThat(all).hasSize(tokens.size() * batches * perBatch).allMatch(r -> r.status() == ChangeStatus.APPLIED);
            assertThat(all).extracting(ChangeResult::version).doesNotHaveDuplicates();
            assertThat(seen).containsAll(all.stream().map(ChangeResult::entityId).toList());
        } finally {
            pool.shutdownNow();
        }
    }

    static List<PulledRecord> clientRecords(PullResponse r) {
        return r.records().stream().filter(p -> EntityTypes.CLIENT_PUSHABLE.contains(p.entityType())).toList();
    }

    static PulledRecord onlyPatient(PullResponse r) {
        List<PulledRecord> patients = r.records().stream().filter(p -> p.entityType().equals(EntityTypes.PATIENT)).toList();
        assertThat(patients).hasSize(1);
        return patients.get(0);
    }
}
