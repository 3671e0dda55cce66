package cn.screening.workstation.server;

import static cn.screening.workstation.server.ServerHarness.COUNTY;
import static cn.screening.workstation.server.ServerHarness.DESIGNATED;
import static cn.screening.workstation.server.ServerHarness.OTHER_COUNTY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.screening.workstation.domain.ledger.Admission;
import cn.screening.workstation.domain.ledger.Certification;
import cn.screening.workstation.domain.ledger.CertificationRecord;
import cn.screening.workstation.domain.ledger.CityTransfer;
import cn.screening.workstation.domain.ledger.Costs;
import cn.screening.workstation.domain.ledger.HospitalLevel;
import cn.screening.workstation.domain.ledger.LedgerEntry;
import cn.screening.workstation.domain.ledger.Payer;
import cn.screening.workstation.domain.ledger.StatusChange;
import cn.screening.workstation.domain.ledger.TreatmentOutcome;
import cn.screening.workstation.domain.ledger.TreatmentStatus;
import cn.screening.workstation.domain.patient.PovertyStatus;
import cn.screening.workstation.protocol.ChangeResult;
import cn.screening.workstation.protocol.ChangeStatus;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.PulledRecord;
import cn.screening.workstation.protocol.Reason;
import cn.screening.workstation.store.StoreJson;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server judges pushed ledger rows by the workstation's LedgerRules, against the patient it holds; scoped to the county. */
class LedgerServerRulesTest {

    @TempDir
    Path dir;
    ServerHarness server;
    String county;
    String hospital;
    UUID patient;

    @BeforeEach
    void start() {
        server = ServerHarness.start(dir);
        county = server.enrol(COUNTY).token();
        hospital = server.enrol(DESIGNATED).token();
        patient = patient("MINIMUM_LIVING");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    UUID patient(String group) {
        UUID id = UUID.randomUUID();
        ObjectNode p = Records.patient(id, "龙佳芝", COUNTY);
        p.put("povertyStatus", group);
        assertThat(server.push(county, Records.create(EntityTypes.PATIENT, id, p)).results().get(0).status()).isEqualTo(ChangeStatus.APPLIED);
        return id;
    }

    static LedgerEntry row(UUID patientId, String disease) {
        return new LedgerEntry(UUID.randomUUID(), patientId, COUNTY, "210727101", PovertyStatus.MINIMUM_LIVING, disease, null, "义县人民医院",
                LocalDate.of(2026, 9, 1), null, TreatmentStatus.WAITING,
                List.of(new StatusChange(null, TreatmentStatus.WAITING, LocalDate.of(2026, 9, 1), "李医生", null)), List.of(), DESIGNATED,
                null, "李医生", null, null);
    }

    static Admission stay(HospitalLevel level, CityTransfer transfer, long total) {
        return new Admission(UUID.randomUUID(), DESIGNATED, "锦州市中心医院", level, "210702", LocalDate.of(2026, 9, 5),
                LocalDate.of(2026, 9, 15), "ZY-9", "手术", true, null, transfer, TreatmentOutcome.IMPROVED,
                new Costs(total, Map.of(Payer.BASIC_INSURANCE, 600_000L, Payer.MEDICAL_AID, 100_000L), 0, 0, 300_000, true, false));
    }

    static ObjectNode payload(LedgerEntry e) {
        ObjectNode n = StoreJson.MAPPER.valueToTree(e);
        n.remove("meta");
        return n;
    }

    ChangeResult create(String token, LedgerEntry e) {
        return server.push(token, Records.create(EntityTypes.LEDGER_ENTRY, e.id(), payload(e))).results().get(0);
    }

    static List<String> codes(ChangeResult r) {
        return r.reasons() == null ? List.of() : r.reasons().stream().map(Reason::code).toList();
    }

    @Test
    void aRowOfAGeneralResidentOrAnOffListDiseaseIsRejectedInTheWorkstationsWords() {
        ChangeResult general = create(county, row(patient("NONE"), "LUNG_CANCER"));
        assertThat(codes(general)).containsExactly("ledger.group.not_eligible");
        assertThat(general.reasons().get(0).message()).startsWith("人员类别：一般人员不属于大病专项救治对象");
        assertThat(codes(create(county, row(patient, "STROKE")))).containsExactly("ledger.disease.off_list");
        assertThat(codes(create(county, row(UUID.randomUUID(), "LUNG_CANCER")))).containsExactly("unknown_patient");
        assertThat(create(county, row(patient, "LUNG_CANCER")).status()).isEqualTo(ChangeStatus.APPLIED);
    }

    @Test
    void aPublishedListScheduleMovesTheServersVerdictByTheDiagnosisDate() {
        assertThat(codes(create(county, row(patient, "STROKE")))).containsExactly("ledger.disease.off_list");
        assertThatThrownBy(() -> server.services.administration().setSetting("diseaseListSchedule",
                JsonNodeFactory.instance.textNode("25 from 2019"))).hasMessageContaining("21@2017-01-01;25@2019-12-31");
        assertThat(server.services.administration().setSetting("diseaseListSchedule",
                JsonNodeFactory.instance.textNode("21@2017-01-01;25@2019-12-31"))).isTrue();
        assertThat(create(county, row(patient, "STROKE")).status()).isEqualTo(ChangeStatus.APPLIED);
    }

    @Test
    void oneOpenRowPerPatientAndDisease() {
        assertThat(create(county, row(patient, "LUNG_CANCER")).status()).isEqualTo(ChangeStatus.APPLIED);
        assertThat(codes(create(county, row(patient, "LUNG_CANCER")))).containsExactly("ledger.open_row_exists");
        assertThat(create(county, row(patient, "CATARACT")).status()).isEqualTo(ChangeStatus.APPLIED);
        // two rows made offline on two devices and pushed in one batch: the second is refused too
        LedgerEntry a = row(patient, "HEMOPHILIA");
        LedgerEntry b = row(patient, "HEMOPHILIA");
        List<ChangeResult> both = server.push(county, Records.create(EntityTypes.LEDGER_ENTRY, a.id(), payload(a)),
                Records.create(EntityTypes.LEDGER_ENTRY, b.id(), payload(b))).results();
        assertThat(both.get(0).status()).isEqualTo(ChangeStatus.APPLIED);
        assertThat(codes(both.get(1))).containsExactly("ledger.open_row_exists");
    }

    @Test
    void costsOffByOneFenAndATransferWithoutItsCertificateAreRejected() {
        CityTransfer full = new CityTransfer(LocalDate.of(2026, 9, 3), List.of("王主任"), "YX-031", "义县人民医院");
        ChangeResult offByOne = create(county, row(patient, "LUNG_CANCER").withAdmission(stay(HospitalLevel.CITY, full, 1_000_001)));
        assertThat(codes(offByOne)).containsExactly("ledger.costs.sum");
        assertThat(offByOne.reasons().get(0).message()).contains("总费用10000.01元，各项之和10000.00元");
        CityTransfer noCertificate = new CityTransfer(LocalDate.of(2026, 9, 3), List.of("王主任"), null, "义县人民医院");
        ChangeResult transfer = create(county, row(patient, "LUNG_CANCER").withAdmission(stay(HospitalLevel.CITY, noCertificate, 1_000_000)));
        assertThat(codes(transfer)).containsExactly("ledger.transfer.certificate_required");
        assertThat(transfer.reasons().get(0).field()).isEqualTo("admission.transfer.certificateNo");
        assertThat(create(county, row(patient, "LUNG_CANCER").withAdmission(stay(HospitalLevel.CITY, full, 1_000_000))).status())
                .isEqualTo(ChangeStatus.APPLIED);
    }

    @Test
    void theHospitalAddsAdmissionsButDoesNotCertifyAndAnotherCountySeesNothing() {
        LedgerEntry e = row(patient, "LUNG_CANCER");
        long v1 = create(county, e).version();
        CityTransfer full = new CityTransfer(LocalDate.of(2026, 9, 3), List.of("王主任"), "YX-031", "义县人民医院");
        LedgerEntry treated = e.withAdmission(stay(HospitalLevel.CITY, full, 1_000_000))
                .movedTo(TreatmentStatus.TREATING, LocalDate.of(2026, 9, 5), "刘医生", null);
        ChangeResult admitted = server.push(hospital, Records.edit(EntityTypes.LEDGER_ENTRY, e.id(), v1, payload(treated),
                "admissions", "status", "history")).results().get(0);
        assertThat(admitted.status()).isEqualTo(ChangeStatus.APPLIED);
        LedgerEntry certified = treated.withCertification(new CertificationRecord(Certification.CERTIFIED, null, "刘医生",
                LocalDate.of(2026, 9, 6), List.of()));
        assertThat(codes(server.push(hospital, Records.edit(EntityTypes.LEDGER_ENTRY, e.id(), admitted.version(), payload(certified),
                "certification")).results().get(0))).containsExactly("not_your_record");
        // the history only grows
        LedgerEntry rewritten = new LedgerEntry(e.id(), e.patientId(), e.site(), e.townshipCode(), e.group(), e.diseaseCode(), e.icd10(),
                e.diagnosedBy(), e.diagnosedOn(), null, TreatmentStatus.TREATING, List.of(new StatusChange(null, TreatmentStatus.TREATING,
                LocalDate.of(2026, 9, 5), "刘医生", null)), treated.admissions(), DESIGNATED, null, "李医生", null, null);
        assertThat(codes(server.push(county, Records.edit(EntityTypes.LEDGER_ENTRY, e.id(), admitted.version(), payload(rewritten),
                "history")).results().get(0))).containsExactly("history_rewritten");
        assertThat(seenBy(county)).containsExactly(e.id());
        assertThat(seenBy(hospital)).containsExactly(e.id());
        assertThat(seenBy(server.enrol(OTHER_COUNTY).token())).isEmpty();
    }

    List<UUID> seenBy(String token) {
        return server.pull(token, 0, 1000).records().stream().filter(r -> r.entityType().equals(EntityTypes.LEDGER_ENTRY))
                .map(PulledRecord::entityId).toList();
    }
}
