package cn.screening.workstation.server;

import static cn.screening.workstation.server.ServerHarness.COUNTY;
import static cn.screening.workstation.server.ServerHarness.OTHER_COUNTY;
import static cn.screening.workstation.server.ServerHarness.TOWNSHIP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.screening.workstation.domain.ledger.Certification;
import cn.screening.workstation.domain.ledger.CertificationRecord;
import cn.screening.workstation.domain.ledger.HospitalLevel;
import cn.screening.workstation.domain.ledger.LedgerEntry;
import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.protocol.ChangeResult;
import cn.screening.workstation.protocol.ChangeStatus;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.PulledRecord;
import cn.screening.workstation.protocol.SiteInfo;
import cn.screening.workstation.store.StoreJson;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The county health bureau (县卫生健康局) at the server: it pulls the patients, cases and ledger rows
 * of its county's county hospital and townships and nothing of another county or of any other kind;
 * it may certify a ledger row of its county and write nothing else. Designated hospitals carry a
 * level and the diseases they treat.
 */
class BureauServerTest {

    static final String BUREAU = "210727-B";
    static final String OTHER_BUREAU = "210726-B";

    @TempDir
    Path dir;
    ServerHarness server;
    String county;
    String township;
    String bureau;

    @BeforeEach
    void start() {
        server = ServerHarness.start(dir);
        server.services.administration().addSite(BUREAU, InstitutionType.BUREAU, "210727", "义县卫生健康局", null);
        server.services.administration().addSite(OTHER_BUREAU, InstitutionType.BUREAU, "210726", "黑山县卫生健康局", null);
        county = server.enrol(COUNTY).token();
        township = server.enrol(TOWNSHIP).token();
        bureau = server.enrol(BUREAU).token();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theBureauSeesItsCountysPatientsCasesAndLedgerAndNothingElse() {
        UUID atCounty = UUID.randomUUID();
        UUID atTownship = UUID.randomUUID();
        UUID caseId = UUID.randomUUID();
        push(county, Records.create(EntityTypes.PATIENT, atCounty, poor(atCounty, COUNTY)));
        push(township, Records.create(EntityTypes.PATIENT, atTownship, Records.patient(atTownship, "白玉兰", TOWNSHIP)),
                Records.create(EntityTypes.CASE, caseId, Records.caseOf(caseId, atTownship, TOWNSHIP, "HEMOPHILIA")));
        LedgerEntry row = LedgerServerRulesTest.row(atCounty, "LUNG_CANCER");
        push(county, Records.create(EntityTypes.LEDGER_ENTRY, row.id(), LedgerServerRulesTest.payload(row)));
        String other = server.enrol(OTHER_COUNTY).token();
        UUID heishan = UUID.randomUUID();
        push(other, Records.create(EntityTypes.PATIENT, heishan, Records.patient(heishan, "黑山人", OTHER_COUNTY)));

        Map<String, List<UUID>> seen = seenBy(bureau);
        assertThat(seen.get(EntityTypes.PATIENT)).containsExactlyInAnyOrder(atCounty, atTownship);
        assertThat(seen.get(EntityTypes.CASE)).containsExactly(caseId);
        assertThat(seen.get(EntityTypes.LEDGER_ENTRY)).containsExactly(row.id());
        assertThat(seen.get(EntityTypes.SITE)).isNotEmpty();

        Map<String, List<UUID>> otherBureau = seenBy(server.enrol(OTHER_BUREAU).token());
        assertThat(otherBureau.get(EntityTypes.PATIENT)).containsExactly(heishan);
        assertThat(otherBureau).doesNotContainKeys(EntityTypes.CASE, EntityTypes.LEDGER_ENTRY);
    }

    @Test
    void theBureauCertifiesALedgerRowOfItsCountyButRegistersNothing() {
        UUID patient = UUID.randomUUID();
        push(county, Records.create(EntityTypes.PATIENT, patient, poor(patient, COUNTY)));
        LedgerEntry row = LedgerServerRulesTest.row(patient, "LUNG_CANCER");
        long v1 = push(county, Records.create(EntityTypes.LEDGER_ENTRY, row.id(), LedgerServerRulesTest.payload(row))).get(0).version();

        UUID mine = UUID.randomUUID();
        ChangeResult registered = push(bureau, Records.create(EntityTypes.PATIENT, mine, Records.patient(mine, "王二", COUNTY))).get(0);
        assertThat(registered.status()).isEqualTo(ChangeStatus.REJECTED);
        assertThat(registered.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("bureau_read_only");
            assertThat(r.message()).contains("县卫生健康局不能登记或修改患者");
        });
        UUID caseId = UUID.randomUUID();
        assertThat(push(bureau, Records.create(EntityTypes.CASE, caseId, Records.caseOf(caseId, patient, COUNTY, "HEMOPHILIA")))
                .get(0).reasons().get(0).message()).contains("不能登记或修改病例");
        LedgerEntry opened = LedgerServerRulesTest.row(patient, "ESOPHAGEAL_CANCER");
        assertThat(push(bureau, Records.create(EntityTypes.LEDGER_ENTRY, opened.id(), LedgerServerRulesTest.payload(opened)))
                .get(0).reasons().get(0).code()).isEqualTo("bureau_read_only");

        LedgerEntry certified = row.withCertification(new CertificationRecord(Certification.CERTIFIED, null, "赵科长",
                LocalDate.of(2026, 9, 6), List.of("扶贫办")));
        ChangeResult done = push(bureau, Records.edit(EntityTypes.LEDGER_ENTRY, row.id(), v1, LedgerServerRulesTest.payload(certified),
                "certification")).get(0);
        assertThat(done.status()).as("%s", done.reasons()).isEqualTo(ChangeStatus.APPLIED);
        LedgerEntry moved = certified.withAdmission(LedgerServerRulesTest.stay(HospitalLevel.COUNTY, null, 1_000_000));
        assertThat(push(bureau, Records.edit(EntityTypes.LEDGER_ENTRY, row.id(), done.version(), LedgerServerRulesTest.payload(moved),
                "admissions")).get(0).reasons().get(0).message()).contains("只能核对认定");

        PulledRecord atCounty = server.pull(county, 0, 1000).records().stream().filter(r -> r.entityId().equals(row.id())).findFirst()
                .orElseThrow();
        assertThat(StoreJson.MAPPER.convertValue(atCounty.payload(), LedgerEntry.class).certification().status())
                .isEqualTo(Certification.CERTIFIED);
        // the other county's bureau may not certify it
        String otherBureau = server.enrol(OTHER_BUREAU).token();
        assertThat(push(otherBureau, Records.edit(EntityTypes.LEDGER_ENTRY, row.id(), done.version(),
                LedgerServerRulesTest.payload(certified), "certification")).get(0).status()).isEqualTo(ChangeStatus.REJECTED);
    }

    @Test
    void designatedHospitalsCarryALevelAndTheirDiseasesAndABureauNeedsItsCounty() {
        var admin = server.services.administration();
        SiteInfo h = admin.addSite("210727-H1", InstitutionType.DESIGNATED, "210727", "义县人民医院", null, HospitalLevel.COUNTY,
                List.of("hemophilia", "LUNG_CANCER", "HEMOPHILIA"));
        assertThat(h.level()).isEqualTo("county");
        assertThat(h.diseases()).containsExactly("HEMOPHILIA", "LUNG_CANCER");
        assertThat(admin.sites()).filteredOn(s -> s.code().equals("210727-H1")).singleElement().isEqualTo(h);
        SiteInfo pulled = server.pull(county, 0, 1000).records().stream()
                .filter(r -> r.entityType().equals(EntityTypes.SITE) && r.payload().path("code").asText().equals("210727-H1"))
                .map(r -> StoreJson.MAPPER.convertValue(r.payload(), SiteInfo.class)).findFirst().orElseThrow();
        assertThat(pulled).isEqualTo(h);

        assertThatThrownBy(() -> admin.addSite("X1", InstitutionType.DESIGNATED, "210727", "某医院", null, null, List.of("NO_SUCH")))
                .hasMessageContaining("病种代码不在病种目录中");
        assertThatThrownBy(() -> admin.addSite("X2", InstitutionType.COUNTY, "210727", "某医院", null, HospitalLevel.CITY, List.of()))
                .hasMessageContaining("只有定点医院可填 --level");
        assertThatThrownBy(() -> admin.addSite("X3", InstitutionType.BUREAU, "210727101", "某局", null))
                .hasMessageContaining("县卫生健康局须填6位县级区划代码");
        assertThatThrownBy(() -> admin.addSite("X4", InstitutionType.BUREAU, "210727", "某局", COUNTY))
                .hasMessageContaining("县卫生健康局不设上级机构");
    }

    /** A 救治对象: a patient of the 低保 group, whom a ledger row may name. */
    static com.fasterxml.jackson.databind.node.ObjectNode poor(UUID id, String site) {
        return Records.patient(id, "龙佳芝", site).put("povertyStatus", "MINIMUM_LIVING");
    }

    List<ChangeResult> push(String token, cn.screening.workstation.protocol.Change... changes) {
        return server.push(token, changes).results();
    }

    Map<String, List<UUID>> seenBy(String token) {
        return server.pull(token, 0, 1000).records().stream().filter(r -> !r.deleted())
                .collect(Collectors.groupingBy(PulledRecord::entityType, Collectors.mapping(PulledRecord::entityId, Collectors.toList())));
    }
}
