package cn.screening.workstation.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.screening.workstation.domain.RecordIds;
import cn.screening.workstation.domain.SyncMeta;
import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.domain.specimen.SampleStatus;
import cn.screening.workstation.domain.specimen.TubeType;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.store.SyncedRows.Column;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one synced table every synced entity is kept in: row, outbox entry and audit line together, or nothing. */
class SyncedTableTest {

    static final Instant DRAWN = Instant.parse("2026-03-01T08:00:00Z");

    @TempDir
    Path dir;
    final Outbox outbox = new Outbox();
    final AuditLog audit = new AuditLog();
    final Actor nurse = new Actor("nurse", "210727-C");
    final SyncedTable<Sample> samples = SyncedRows.table(EntityTypes.SAMPLE, "sample", Sample.class, List.of(
            new Column<>("sample_no", Sample::sampleNo),
            new Column<>("site_code", Sample::siteCode),
            new Column<>("status", Sample::status),
            new Column<>("drawn_at", Sample::drawnAt)), outbox, audit);
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir, DataKey.generate(new SecureRandom()), StoreOptions.DEFAULT, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Sample sample(UUID id, String no, SampleStatus status) {
        return new Sample(id, no, null, null, "张*", "1", "210727-C", TubeType.EDTA, 90, DRAWN, "nurse", null, null, List.of(), null,
                status, null, null, null);
    }

    @Test
    void anInsertWritesRowOutboxEntryAndAuditLineInOneTransaction() {
        UUID failed = UUID.randomUUID();
        assertThatThrownBy(() -> db.write(nurse, tx -> {
            samples.insert(tx, sample(failed, "210727-C-000001", SampleStatus.DRAWN), "210727-C-000001");
            throw new IllegalStateException("the save fails after the insert");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(db.<Optional<Sample>>read(tx -> samples.findById(tx, failed))).isEmpty();
        assertThat(db.<Long>read(tx -> outbox.countFor(tx, EntityTypes.SAMPLE, failed))).isZero();
        assertThat(db.<Long>read(tx -> audit.count(tx, AuditAction.CREATE))).isZero();

        UUID id = UUID.randomUUID();
        Sample stored = db.write(nurse, tx -> samples.insert(tx, sample(id, "210727-C-000002", SampleStatus.DRAWN), "210727-C-000002"));
        assertThat(stored.meta().version()).isZero();
        assertThat(stored.meta().updatedBySite()).isEqualTo("210727-C");
        OutboxEntry queued = db.<List<OutboxEntry>>read(tx -> outbox.entriesFor(tx, EntityTypes.SAMPLE, id)).get(0);
        assertThat(queued.baseVersion()).isZero();
        assertThat(queued.changedFields()).contains("sampleNo", "status", "drawnAt").doesNotContain("id", "meta");
        assertThat(RecordPayloads.parse(queued.payload()).has("meta")).isFalse();
        assertThat(db.<List<AuditEntry>>read(tx -> audit.latest(tx, 1))).singleElement().satisfies(a -> {
            assertThat(a.action()).isEqualTo(AuditAction.CREATE);
            assertThat(a.entityType()).isEqualTo(EntityTypes.SAMPLE);
            assertThat(a.detail()).isEqualTo("210727-C-000002");
        });
    }

    @Test
    void aBulkInsertQueuesEveryRecordButAuditsTheBatchOnceWithItsCount() {
        List<Sample> batch = java.util.stream.IntStream.range(0, 250)
                .mapToObj(n -> sample(RecordIds.next(), "210727-C-1%05d".formatted(n), SampleStatus.DRAWN)).toList();
        List<Sample> stored = db.write(nurse, tx -> samples.insertAll(tx, batch, "import list.csv"));

        assertThat(stored).hasSize(250).allSatisfy(s -> assertThat(s.meta().updatedBySite()).isEqualTo("210727-C"));
        assertThat(db.<Long>read(tx -> samples.count(tx, "TRUE"))).isEqualTo(250);
        assertThat(db.<Long>read(tx -> outbox.pendingCount(tx))).isEqualTo(250);
        OutboxEntry last = db.<List<OutboxEntry>>read(tx -> outbox.entriesFor(tx, EntityTypes.SAMPLE, batch.get(249).id())).get(0);
        assertThat(last.baseVersion()).isZero();
        assertThat(last.changedFields()).contains("sampleNo", "status");
        assertThat(db.<List<AuditEntry>>read(tx -> audit.latest(tx, 10))).singleElement().satisfies(a -> {
            assertThat(a.action()).isEqualTo(AuditAction.CREATE);
            assertThat(a.entityType()).isEqualTo(EntityTypes.SAMPLE);
            assertThat(a.entityId()).isNull();
            assertThat(a.detail()).isEqualTo("bulk 250 import list.csv");
        });
    }

    @Test
    void aBulkInsertWithAKnownIdWritesNothingAtAll() {
        UUID known = RecordIds.next();
        db.write(nurse, tx -> samples.insert(tx, sample(known, "210727-C-200000", SampleStatus.DRAWN), null));
        List<Sample> batch = List.of(sample(RecordIds.next(), "210727-C-200001", SampleStatus.DRAWN),
                sample(known, "210727-C-200002", SampleStatus.DRAWN));

        assertThatThrownBy(() -> db.write(nurse, tx -> samples.insertAll(tx, batch, null))).isInstanceOf(StoreException.class);
        assertThat(db.<Long>read(tx -> samples.count(tx, "TRUE"))).isEqualTo(1);
        assertThat(db.<Long>read(tx -> outbox.pendingCount(tx))).isEqualTo(1);
        assertThat(db.<List<AuditEntry>>read(tx -> audit.latest(tx, 10))).hasSize(1);
    }

    @Test
    void whatASaveAnswersIsWhatAReadFinds_toTheMicrosecondTheColumnKeeps() {
        Clock nanos = Clock.fixed(Instant.parse("2026-03-01T08:00:00.123456789Z"), java.time.ZoneOffset.UTC);
        try (Database fine = Database.open(dir.resolve("fine"), DataKey.generate(new SecureRandom()), StoreOptions.DEFAULT, nanos)) {
            UUID id = RecordIds.next();
            Sample saved = fine.write(nurse, tx -> samples.insert(tx, sample(id, "210727-C-300000", SampleStatus.DRAWN), null));
            assertThat(saved.meta().updatedAt()).isEqualTo(Instant.parse("2026-03-01T08:00:00.123456Z"));
            assertThat(saved.meta()).isEqualTo(fine.<Optional<Sample>>read(tx -> samples.findById(tx, id)).orElseThrow().meta());
        }
    }

    @Test
    void anUpdateThatChangesNothingWritesNothingAndAChangeQueuesOnlyItsFields() {
        UUID id = UUID.randomUUID();
        Sample stored = db.write(nurse, tx -> samples.insert(tx, sample(id, "210727-C-000003", SampleStatus.DRAWN), null));
        db.write(nurse, tx -> {
            outbox.removeAll(tx, outbox.entriesFor(tx, EntityTypes.SAMPLE, id).stream().map(OutboxEntry::changeId).toList());
            return null;
        });

        SyncMeta asStored = db.<Optional<Sample>>read(tx -> samples.findById(tx, id)).orElseThrow().meta();
        Sample same = db.write(nurse, tx -> samples.update(tx, sample(id, "210727-C-000003", SampleStatus.DRAWN), "spin"));
        assertThat(same.meta()).isEqualTo(asStored);
        assertThat(db.<Optional<Sample>>read(tx -> samples.findById(tx, id)).orElseThrow().meta()).isEqualTo(asStored);
        assertThat(db.<Long>read(tx -> outbox.countFor(tx, EntityTypes.SAMPLE, id))).isZero();
        assertThat(db.<Long>read(tx -> audit.count(tx, AuditAction.UPDATE))).isZero();

        db.write(nurse, tx -> samples.update(tx, stored.withStatus(SampleStatus.PACKED), "pack"));
        assertThat(db.<List<OutboxEntry>>read(tx -> outbox.entriesFor(tx, EntityTypes.SAMPLE, id))).singleElement()
                .satisfies(e -> assertThat(e.changedFields()).containsExactly("status"));
        assertThat(db.<List<AuditEntry>>read(tx -> audit.latest(tx, 1)).get(0).detail()).isEqualTo("pack status");
    }

    @Test
    void aRecordWrittenAsItCameQueuesNothingAndKeepsItsMetadata() {
        UUID id = UUID.randomUUID();
        SyncMeta fromServer = new SyncMeta(42, DRAWN.plusSeconds(60), "210727-L", false);
        db.write(nurse, tx -> {
            samples.write(tx, samples.rows().payload(sample(id, "210727-C-000004", SampleStatus.DRAWN)), fromServer);
            return null;
        });
        assertThat(db.<Optional<Sample>>read(tx -> samples.findById(tx, id)).orElseThrow().meta()).isEqualTo(fromServer);
        assertThat(db.<Long>read(tx -> outbox.countFor(tx, EntityTypes.SAMPLE, id))).isZero();
        assertThat(db.<List<AuditEntry>>read(tx -> audit.latest(tx, 10))).isEmpty();
    }

    @Test
    void tombstonesAreSeenById_notByTheScreensQueries() {
        UUID id = UUID.randomUUID();
        db.write(nurse, tx -> samples.insert(tx, sample(id, "210727-C-000005", SampleStatus.DRAWN), null));
        db.write(nurse, tx -> samples.delete(tx, id, "drawn in error"));

        assertThat(db.<Optional<Sample>>read(tx -> samples.findById(tx, id)).orElseThrow().meta().deleted()).isTrue();
        assertThat(db.<Optional<SyncedRecords.LocalRecord>>read(tx -> samples.find(tx, id)).orElseThrow().meta().deleted()).isTrue();
        assertThat(db.<List<Sample>>read(tx -> samples.where(tx, "sample_no = ?", "id", "210727-C-000005"))).isEmpty();
        assertThat(db.<Optional<Sample>>read(tx -> samples.first(tx, "sample_no = ?", "id", "210727-C-000005"))).isEmpty();
        assertThat(db.<Long>read(tx -> samples.count(tx, "TRUE"))).isZero();
        // the tombstone travels: the queued entry carries it, and RecordPayloads alone splits it off
        OutboxEntry queued = db.<List<OutboxEntry>>read(tx -> outbox.entriesFor(tx, EntityTypes.SAMPLE, id)).get(0);
        RecordPayloads.Queued sent = RecordPayloads.unqueue(RecordPayloads.parse(queued.payload()));
        assertThat(sent.meta().path("deleted").asBoolean()).isTrue();
        assertThat(sent.payload().has("meta")).isFalse();
        assertThat(sent.payload().path("sampleNo").asText()).isEqualTo("210727-C-000005");
        assertThat(db.<List<AuditEntry>>read(tx -> audit.latest(tx, 1)).get(0).action()).isEqualTo(AuditAction.DELETE);
    }

    @Test
    void enumAndInstantColumnsAreStoredByNameAndAsTimestamps() {
        UUID id = UUID.randomUUID();
        db.write(nurse, tx -> samples.insert(tx, sample(id, "210727-C-000006", SampleStatus.PACKED), null));

        assertThat(db.<List<Sample>>read(tx -> samples.where(tx, "status = ? AND drawn_at >= ?", "id", SampleStatus.PACKED, DRAWN)))
                .extracting(Sample::id).containsExactly(id);
        assertThat(db.<Long>read(tx -> samples.count(tx, "drawn_at > ?", DRAWN))).isZero();
        db.read(tx -> {
            try (var ps = tx.prepare("SELECT status, drawn_at FROM sample WHERE id = ?")) {
                ps.setObject(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("PACKED");
                    assertThat(rs.getObject(2, OffsetDateTime.class).toInstant().truncatedTo(ChronoUnit.SECONDS)).isEqualTo(DRAWN);
                }
            }
            return null;
        });
    }
}
