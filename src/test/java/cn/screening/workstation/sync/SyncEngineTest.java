package cn.screening.workstation.sync;

import cn.screening.workstation.protocol.WireJson;
import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.cases.CaseStatus;
import cn.screening.workstation.domain.cases.ScreeningCase;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.service.Quarantine;
import cn.screening.workstation.service.SyncConflicts;
import cn.screening.workstation.store.OutboxEntry;
import cn.screening.workstation.store.OutboxState;
import cn.screening.workstation.store.PullBacklog;
import cn.screening.workstation.store.RecordPayloads;
import cn.screening.workstation.store.ReferenceRepository;
import cn.screening.workstation.domain.SyncConflict;
import cn.screening.workstation.store.SyncStateRepository.SyncState;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Push and pull against the fake server: nothing lost, nothing doubled, nothing silently overwritten. */
class SyncEngineTest {

    @TempDir
    Path dir;
    FakeProvincialServer server;
    SyncFixture site;

    @BeforeEach
    void start() throws Exception {
        server = new FakeProvincialServer("210727-C");
        site = new SyncFixture(dir, server);
    }

    @AfterEach
    void stop() {
        site.close();
        server.close();
    }

    @Test
    void pushesEverythingOnceThenPullsWhatOthersSentWithoutQueueingItBack() {
        List<Patient> mine = site.register(25);
        SyncReport first = site.engine().syncOnce();
        assertThat(first.line()).isEqualTo("pushed=25 pulled=0 pending=0 quarantined=0 conflicts=0 unstored=0");
        assertThat(first.allClear()).isTrue();
        assertThat(server.recordCount(EntityTypes.PATIENT)).isEqualTo(25);
        assertThat(site.patient(mine.get(7).id()).meta().version()).isEqualTo(server.version(mine.get(7).id()));

        UUID theirs = UUID.randomUUID();
        ObjectNode other = RecordPayloads.ofPatient(new Patient(theirs, "王五", mine.get(0).idType(), "210727201001010010",
                mine.get(0).sex(), mine.get(0).birthDate(), "01", null, mine.get(0).address(), null, mine.get(0).povertyStatus(),
                mine.get(0).insurance(), "210727102-T", null));
        server.add(EntityTypes.PATIENT, theirs, other, "210727102-T");
        ObjectNode hospital = WireJson.MAPPER.createObjectNode().put("code", "210000-D").put("name", "省血液病定点医院");
        server.add(EntityTypes.SITE, UUID.randomUUID(), hospital, "province");

        SyncReport second = site.engine().syncOnce();
        assertThat(second.line()).isEqualTo("pushed=0 pulled=2 pending=0 quarantined=0 conflicts=0 unstored=0");
        assertThat(site.patient(theirs).name()).isEqualTo("王五");
        assertThat(site.patient(theirs).meta().updatedBySite()).isEqualTo("210727102-T");
        assertThat(site.pending()).isZero();
        var sites = site.ws.database().read(tx -> site.store().references().list(tx, EntityTypes.SITE));
        assertThat(sites).singleElement().satisfies(s -> assertThat(s.code()).isEqualTo("210000-D"));

        assertThat(site.engine().syncOnce().line()).isEqualTo("pushed=0 pulled=0 pending=0 quarantined=0 conflicts=0 unstored=0");
        assertThat(server.recordCount(EntityTypes.PATIENT)).isEqualTo(26);
    }

    @Test
    void anUnansweredBatchIsResentUnderTheSameIdAndAppliedOnce() {
        site.register(5);
        server.fail(FakeProvincialServer.Fault.APPLY_THEN_502);
        SyncReport cut = site.engine().syncOnce();
        assertThat(cut.failure()).isInstanceOf(SyncFailure.ServerTrouble.class);
        assertThat(cut.pending()).isEqualTo(5);
        assertThat(site.outbox(OutboxState.IN_FLIGHT)).hasSize(5);
        assertThat(server.recordCount(EntityTypes.PATIENT)).isEqualTo(5);

        // a new engine, as after a restart: the stored batch goes first, under its old id
        SyncReport resent = site.engine().syncOnce();
        assertThat(resent.line()).isEqualTo("pushed=5 pulled=0 pending=0 quarantined=0 conflicts=0 unstored=0");
        assertThat(server.batchIdsSeen()).hasSize(2);
        assertThat(server.batchIdsSeen().get(1)).isEqualTo(server.batchIdsSeen().get(0));
        assertThat(server.recordCount(EntityTypes.PATIENT)).isEqualTo(5);
    }

    @Test
    void aChangeLeftOutOfTheAnswerWaitsAgainWhileTheAnsweredOnesLeaveTheQueue() {
        site.register(5);
        server.fail(FakeProvincialServer.Fault.ANSWER_ALL_BUT_LAST, FakeProvincialServer.Fault.HTTP_503);
        SyncReport first = site.engine().syncOnce();
        assertThat(first.failure()).isInstanceOf(SyncFailure.ServerTrouble.class);
        // four acknowledged and gone; the fifth waited again and went into the next batch, which the 503 left in flight
        assertThat(first.pushed()).isEqualTo(4);
        assertThat(first.pending()).isEqualTo(1);
        assertThat(site.outbox(OutboxState.IN_FLIGHT)).hasSize(1);
        assertThat(server.batchSizes()).containsExactly(5);

        SyncReport next = site.engine().syncOnce();
        assertThat(next.line()).isEqualTo("pushed=1 pulled=0 pending=0 quarantined=0 conflicts=0 unstored=0");
        assertThat(server.recordCount(EntityTypes.PATIENT)).isEqualTo(5);
    }

    @Test
    void anEditWhileTheRecordIsInFlightTravelsNextFromTheAcknowledgedVersion() {
        Patient p = site.register("赵六");
        server.fail(FakeProvincialServer.Fault.HTTP_503);
        assertThat(site.engine().syncOnce().failure()).isInstanceOf(SyncFailure.ServerTrouble.class);
        site.edit(p.id(), x -> withPhone(x, "13900000000"));
        List<OutboxEntry> waiting = site.ws.database().read(tx -> site.ws.outbox().entriesFor(tx, "patient", p.id()));
        assertThat(waiting).extracting(OutboxEntry::state).containsExactly(OutboxState.IN_FLIGHT, OutboxState.PENDING);
        assertThat(waiting.get(1).changedFields()).containsExactly("phone");

        SyncReport report = site.engine().syncOnce();
        assertThat(report.line()).isEqualTo("pushed=2 pulled=0 pending=0 quarantined=0 conflicts=0 unstored=0");
        assertThat(server.payload(p.id()).get("phone").asText()).isEqualTo("13900000000");
        assertThat(site.patient(p.id()).meta().version()).isEqualTo(server.version(p.id()));
    }

    @Test
    void aRefusedRecordWaitsInQuarantineWithTheReasonWhileTheRestGoesOnAndAnEditRequeuesIt() {
        site.register(2);
        Patient bad = site.register(FakeProvincialServer.REJECTED_NAME);
        site.register(2);
        SyncReport report = site.engine().syncOnce();
        assertThat(report.line()).isEqualTo("pushed=4 pulled=0 pending=0 quarantined=1 conflicts=0 unstored=0");
        assertThat(report.allClear()).isFalse();
        List<Quarantine.QuarantinedChange> q = site.services.quarantine().list();
        assertThat(q).singleElement().satisfies(c -> {
            assertThat(c.entityId()).isEqualTo(bad.id());
            assertThat(c.reasons()).singleElement().satisfies(r -> assertThat(r.message()).isEqualTo("姓名不符合登记规范"));
        });

        site.edit(bad.id(), x -> withName(x, "张三丰"));
        assertThat(site.services.quarantine().list()).isEmpty();
        assertThat(site.pending()).isEqualTo(1);
        assertThat(site.engine().syncOnce().line()).isEqualTo("pushed=1 pulled=0 pending=0 quarantined=0 conflicts=0 unstored=0");
        assertThat(server.payload(bad.id()).get("name").asText()).isEqualTo("张三丰");
    }

    @Test
    void aConflictIsKeptBothWaysTheOtherServerFieldsAreTakenAndThePickTravelsFromTheServerVersion() {
        Patient p = site.register("孙七");
        site.engine().syncOnce();
        server.editAt("210727102-T", p.id(), Map.of("phone", TextNode.valueOf("13700000000"), "ethnicityCode", TextNode.valueOf("03")));
        long serverVersion = server.version(p.id());
        site.edit(p.id(), x -> withPhone(x, "13911112222"));

        SyncReport report = site.engine().syncOnce();
        assertThat(report.line()).isEqualTo("pushed=0 pulled=0 pending=0 quarantined=0 conflicts=1 unstored=0");
        List<SyncConflict> open = site.services.syncConflicts().open();
        assertThat(open).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("phone");
            assertThat(SyncConflicts.display(c.localValue())).isEqualTo("13911112222");
            assertThat(SyncConflicts.display(c.serverValue())).isEqualTo("13700000000");
            assertThat(c.localUser()).isEqualTo("admin");
            assertThat(c.serverSite()).isEqualTo("210727102-T");
            assertThat(c.serverAt()).isNotNull();
            assertThat(c.localAt()).isNotNull();
        });
        Patient merged = site.patient(p.id());
        assertThat(merged.ethnicityCode()).isEqualTo("03");
        assertThat(merged.phone()).isEqualTo("13911112222");
        assertThat(site.outbox(OutboxState.CONFLICT)).hasSize(1);
        // the held change stays out of the queue until a user picks
        assertThat(site.engine().syncOnce().pushed()).isZero();

        site.services.syncConflicts().resolve(open.get(0).id(), SyncConflicts.Pick.SERVER);
        List<OutboxEntry> queued = site.outbox(OutboxState.PENDING);
        assertThat(queued).singleElement().satisfies(e -> {
            assertThat(e.baseVersion()).isEqualTo(serverVersion);
            assertThat(e.changeId()).isNotEqualTo(open.get(0).changeId());
            assertThat(e.changedFields()).contains("phone");
        });
        assertThat(site.patient(p.id()).phone()).isEqualTo("13700000000");
        assertThat(site.engine().syncOnce().line()).isEqualTo("pushed=1 pulled=0 pending=0 quarantined=0 conflicts=0 unstored=0");
        assertThat(server.payload(p.id()).get("phone").asText()).isEqualTo("13700000000");
    }

    @Test
    void editsOfDifferentFieldsMergeAndTheServersMergedCopyIsKept() {
        Patient p = site.register("周八");
        site.engine().syncOnce();
        server.editAt("210727102-T", p.id(), Map.of("ethnicityCode", TextNode.valueOf("05")));
        site.edit(p.id(), x -> withPhone(x, "13600000000"));

        assertThat(site.engine().syncOnce().line()).isEqualTo("pushed=1 pulled=0 pending=0 quarantined=0 conflicts=0 unstored=0");
        Patient here = site.patient(p.id());
        assertThat(here.phone()).isEqualTo("13600000000");
        assertThat(here.ethnicityCode()).isEqualTo("05");
        assertThat(here.meta().version()).isEqualTo(server.version(p.id()));
        assertThat(server.payload(p.id()).get("phone").asText()).isEqualTo("13600000000");
    }

    @Test
    void aNestedFieldTravelsAsItsPath() {
        Patient p = site.register("吴九");
        site.engine().syncOnce();
        server.editAt("210727102-T", p.id(), Map.of("address.villageName", TextNode.valueOf("七里河新村")));
        site.edit(p.id(), x -> new Patient(x.id(), x.name(), x.idType(), x.idNumber(), x.sex(), x.birthDate(), x.ethnicityCode(),
                x.phone(), new cn.screening.workstation.domain.patient.Address(x.address().townshipCode(), x.address().villageCode(),
                x.address().villageName(), "三组12号"), x.guardian(), x.povertyStatus(), x.insurance(), x.registeredSite(), x.meta()));
        OutboxEntry queued = site.outbox(OutboxState.PENDING).get(0);
        assertThat(queued.changedFields()).containsExactly("address.detail");
        // another part of the same object changed at the server: merged, and the merge comes back
        assertThat(site.engine().syncOnce().line()).isEqualTo("pushed=1 pulled=0 pending=0 quarantined=0 conflicts=0 unstored=0");
        assertThat(server.payload(p.id()).at("/address/detail").asText()).isEqualTo("三组12号");
        assertThat(site.patient(p.id()).address().villageName()).isEqualTo("七里河新村");
        assertThat(site.patient(p.id()).address().detail()).isEqualTo("三组12号");
    }

    @Test
    void aCaseThatArrivesBeforeItsPatientWaitsAndIsWrittenWhenThePatientComes() {
        Patient template = site.register("模板");
        site.engine().syncOnce();
        UUID patientId = UUID.randomUUID();
        UUID caseId = UUID.randomUUID();
        ScreeningCase c = new ScreeningCase(caseId, patientId, "HEMOPHILIA", CaseStatus.SUSPECTED, "210727102", "210727102-T", "doctor",
                Instant.parse("2026-11-20T02:00:00Z"), null, null);
        server.add(EntityTypes.CASE, caseId, RecordPayloads.ofCase("210727102-T-2026-0001", c), "210727102-T");
        server.add(EntityTypes.PATIENT, patientId, RecordPayloads.ofPatient(new Patient(patientId, "郑十", template.idType(),
                "210727201001010029", template.sex(), template.birthDate(), "01", null, template.address(), null,
                template.povertyStatus(), template.insurance(), "210727102-T", null)), "210727102-T");
        server.pageSize(1);
        server.failPull(2, FakeProvincialServer.Fault.HTTP_503);

        SyncReport first = site.engine().syncOnce();
        assertThat(first.pulled()).isZero();
        List<PullBacklog.Waiting> waiting = site.ws.database().read(tx -> site.store().backlog().all(tx));
        assertThat(waiting).singleElement().satisfies(w -> assertThat(w.record().entityId()).isEqualTo(caseId));

        SyncReport second = site.engine().syncOnce();
        assertThat(second.pulled()).isEqualTo(2);
        Optional<ScreeningCase> arrived = site.ws.database().read(tx -> site.ws.cases().findById(tx, caseId));
        assertThat(arrived).hasValueSatisfying(x -> assertThat(x.patientId()).isEqualTo(patientId));
        long stillWaiting = site.ws.database().read(tx -> site.store().backlog().count(tx));
        assertThat(stillWaiting).isZero();
        assertThat(site.pending()).isZero();
    }

    @Test
    void aSlowAnswerHalvesTheNextBatchAndFastOnesGrowIt() {
        site.register(30);
        SyncEngine engine = site.engine();
        server.pushTakes(Duration.ofSeconds(40));
        engine.syncOnce();
        assertThat(engine.sizer().size()).isEqualTo(BatchSizer.START / 2);
        site.register(3);
        server.pushTakes(Duration.ZERO);
        engine.syncOnce();
        assertThat(engine.sizer().size()).isEqualTo(BatchSizer.START / 2 * 3 / 2);
    }

    @Test
    void pullComesInPagesAndEachPageLandsWithItsCursor() {
        for (int i = 0; i < 7; i++) {
            ObjectNode disease = WireJson.MAPPER.createObjectNode().put("code", "D" + i).put("name", "病种" + i);
            server.add(EntityTypes.DISEASE, UUID.randomUUID(), disease, "province");
        }
        server.pageSize(3);
        SyncEngine engine = site.engine();
        // the third page is cut off: the first two pages and their cursor stay, nothing of the third
        server.failPull(3, FakeProvincialServer.Fault.TRUNCATED);
        SyncReport cut = engine.syncOnce();
        assertThat(cut.failure()).isInstanceOf(SyncFailure.ProtocolError.class);
        assertThat(cut.pulled()).isEqualTo(6);
        SyncState state = site.ws.database().read(tx -> site.store().state().load(tx));
        assertThat(state.pullCursor()).isEqualTo(6);
        assertThat(diseases()).hasSize(6);

        SyncReport rest = engine.syncOnce();
        assertThat(rest.pulled()).isEqualTo(1);
        assertThat(diseases()).hasSize(7);
        assertThat(site.ws.database().read(tx -> site.store().state().load(tx)).pullCursor()).isEqualTo(7);
    }

    private List<ReferenceRepository.ReferenceItem> diseases() {
        return site.ws.database().read(tx -> site.store().references().list(tx, EntityTypes.DISEASE));
    }

    static Patient withPhone(Patient p, String phone) {
        return new Patient(p.id(), p.name(), p.idType(), p.idNumber(), p.sex(), p.birthDate(), p.ethnicityCode(), phone, p.address(),
                p.guardian(), p.povertyStatus(), p.insurance(), p.registeredSite(), p.meta());
    }

    static Patient withName(Patient p, String name) {
        return new Patient(p.id(), name, p.idType(), p.idNumber(), p.sex(), p.birthDate(), p.ethnicityCode(), p.phone(), p.address(),
                p.guardian(), p.povertyStatus(), p.insurance(), p.registeredSite(), p.meta());
    }
}
