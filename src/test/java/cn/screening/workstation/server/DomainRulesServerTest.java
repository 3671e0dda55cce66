package cn.screening.workstation.server;

import static cn.screening.workstation.server.ServerHarness.COUNTY;
import static cn.screening.workstation.server.ServerHarness.DESIGNATED;
import static cn.screening.workstation.server.ServerHarness.OTHER_COUNTY;
import static cn.screening.workstation.server.ServerHarness.OTHER_TOWNSHIP;
import static cn.screening.workstation.server.ServerHarness.TOWNSHIP;
import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.referral.Referral;
import cn.screening.workstation.domain.referral.ReferralStatus;
import cn.screening.workstation.domain.referral.Urgency;
import cn.screening.workstation.protocol.Change;
import cn.screening.workstation.protocol.ChangeResult;
import cn.screening.workstation.protocol.ChangeStatus;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.Reason;
import cn.screening.workstation.protocol.WireJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server holds every pushed record to the workstation's own domain rules, over raw pushes to a real server. */
class DomainRulesServerTest {

    static final LocalDate BORN = LocalDate.of(1985, 3, 7);
    static final String ID = Records.residentId("210727", BORN, 31);

    @TempDir
    Path dir;
    ServerHarness server;
    String township;
    String county;

    @BeforeEach
    void start() {
        server = ServerHarness.start(dir);
        township = server.enrol(TOWNSHIP).token();
        county = server.enrol(COUNTY).token();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    ChangeResult pushPatient(String token, String site, Consumer<ObjectNode> edit) {
        UUID id = UUID.randomUUID();
        ObjectNode p = Records.patient(id, "张伟", site, ID, BORN);
        edit.accept(p);
        return server.push(token, Records.create(EntityTypes.PATIENT, id, p)).results().get(0);
    }

    static Reason onlyReason(ChangeResult r) {
        assertThat(r.status()).as(String.valueOf(r.reasons())).isEqualTo(ChangeStatus.REJECTED);
        assertThat(r.reasons()).hasSize(1);
        return r.reasons().get(0);
    }

    @Test
    void aPatientBreakingAWorkstationRuleIsRejectedNamingTheFieldInChinese() {
        String badChecksum = ID.substring(0, 17) + (ID.charAt(17) == '0' ? '1' : '0');
        Reason checksum = onlyReason(pushPatient(township, TOWNSHIP, p -> p.put("idNumber", badChecksum)));
        assertThat(checksum.code()).isEqualTo("id.checksum");
        assertThat(checksum.field()).isEqualTo("idNumber");
        assertThat(checksum.message()).isEqualTo("身份证号码：身份证号码校验位错误，请核对");

        String noSuchDay = Records.residentId("210727", BORN, 31).substring(0, 6) + "19850230" + "031";
        Reason date = pushPatient(township, TOWNSHIP, p -> p.put("idNumber", noSuchDay + cn.screening.workstation.domain.identity
                .IdNumber.checkCharacter(noSuchDay))).reasons().get(0);
        assertThat(date.code()).isEqualTo("id.birth_date");

        String province = Records.residentId("990727", BORN, 31);
        assertThat(onlyReason(pushPatient(township, TOWNSHIP, p -> p.put("idNumber", province))).code()).isEqualTo("id.province");

        Reason sex = onlyReason(pushPatient(township, TOWNSHIP, p -> p.put("sex", "FEMALE")));
        assertThat(sex.field()).isEqualTo("sex");
        assertThat(sex.message()).contains("性别与身份证号码不一致");
        Reason birth = onlyReason(pushPatient(township, TOWNSHIP, p -> p.put("birthDate", "1985-03-08")));
        assertThat(birth.field()).isEqualTo("birthDate");
        assertThat(birth.code()).isEqualTo("id.birth_date_mismatch");

        Reason code = onlyReason(pushPatient(township, TOWNSHIP, p -> p.put("sex", "男")));
        assertThat(code.code()).isEqualTo("bad_value");
        assertThat(code.field()).isEqualTo("sex");
        assertThat(onlyReason(pushPatient(township, TOWNSHIP, p -> p.put("ethnicityCode", "77"))).message())
                .isEqualTo("民族：代码不在标准值域内（GB/T 2261.1 / GB 3304 / CV02.01.101）");
        assertThat(onlyReason(pushPatient(township, TOWNSHIP, p -> p.put("name", "张".repeat(31)))).code())
                .isEqualTo("patient.name_length");
        Reason phone = onlyReason(pushPatient(township, TOWNSHIP, p -> p.put("phone", "12345")));
        assertThat(phone.field()).isEqualTo("phone");
        assertThat(phone.code()).isEqualTo("patient.phone_format");

        // nothing of the refused patients was stored: the good one is the first with this number
        assertThat(pushPatient(township, TOWNSHIP, p -> { }).status()).isEqualTo(ChangeStatus.APPLIED);
    }

    @Test
    void aChildsRecordWithoutTheGuardiansConsentIsRefusedEvenThoughAWorkstationMayRegisterIt() {
        LocalDate childBorn = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusYears(6);
        String childId = Records.residentId("210727", childBorn, 33);
        Consumer<ObjectNode> child = p -> {
            p.put("idNumber", childId);
            p.put("birthDate", childBorn.toString());
        };
        Reason unsigned = onlyReason(pushPatient(township, TOWNSHIP, child.andThen(p -> p.putObject("guardian")
                .put("name", "张大伟").put("relation", "父亲").put("consentGiven", false))));
        assertThat(unsigned.field()).isEqualTo("guardian");
        assertThat(unsigned.code()).isEqualTo("patient.guardian_required");

        assertThat(pushPatient(township, TOWNSHIP, child.andThen(p -> p.putObject("guardian").put("name", "张大伟")
                .put("relation", "父亲").put("consentGiven", true).put("consentDate", childBorn.plusYears(1).toString()))).status())
                .isEqualTo(ChangeStatus.APPLIED);
    }

    @Test
    void aCaseMayNameAPatientOfAnotherSiteOfTheSameCountyButNotOfAnotherCounty() {
        UUID patient = UUID.randomUUID();
        assertThat(server.push(township, Records.create(EntityTypes.PATIENT, patient, Records.patient(patient, "张伟", TOWNSHIP, ID, BORN)))
                .results().get(0).status()).isEqualTo(ChangeStatus.APPLIED);

        // the county hospital (as a merged duplicate of its would) names the township's patient
        UUID ours = UUID.randomUUID();
        assertThat(server.push(county, Records.create(EntityTypes.CASE, ours, Records.caseOf(ours, patient, COUNTY, "HEMOPHILIA")))
                .results().get(0).status()).isEqualTo(ChangeStatus.APPLIED);

        String other = server.enrol(OTHER_TOWNSHIP).token();
        UUID theirs = UUID.randomUUID();
        Reason outside = onlyReason(server.push(other, Records.create(EntityTypes.CASE, theirs,
                Records.caseOf(theirs, patient, OTHER_TOWNSHIP, "HEMOPHILIA"))).results().get(0));
        assertThat(outside.code()).isEqualTo("patient_out_of_county");
        assertThat(outside.field()).isEqualTo("screeningCase.patientId");
    }

    @Test
    void aSecondPatientWithTheSameIdNumberInTheCountyIsRejectedNamingTheFirstAnotherCountyMayHoldIt() {
        UUID first = UUID.randomUUID();
        assertThat(server.push(township, Records.create(EntityTypes.PATIENT, first, Records.patient(first, "张伟", TOWNSHIP, ID, BORN)))
                .results().get(0).status()).isEqualTo(ChangeStatus.APPLIED);

        // the county hospital over the township, and the township itself again: both the same county
        for (String[] who : List.of(new String[] {county, COUNTY}, new String[] {township, TOWNSHIP})) {
            Reason twin = onlyReason(pushPatient(who[0], who[1], p -> p.put("name", "张卫")));
            assertThat(twin.code()).isEqualTo("duplicate_id_number");
            assertThat(twin.field()).isEqualTo("idNumber");
            assertThat(twin.message()).contains(first.toString()).contains("七里河镇卫生院").contains("请勿重复建档")
                    .doesNotContain(ID);
            // and says so in fields a workstation reads to merge, not only in the sentence
            assertThat(twin.existingId()).isEqualTo(first);
            assertThat(twin.existingSite()).isEqualTo(TOWNSHIP);
            assertThat(twin.isDuplicatePatient()).isTrue();
        }

        // another county keeps its own ledger: the same person may be registered there
        String other = server.enrol(OTHER_TOWNSHIP).token();
        assertThat(pushPatient(other, OTHER_TOWNSHIP, p -> { }).status()).isEqualTo(ChangeStatus.APPLIED);

        // editing the first patient keeps its own number without being its own duplicate
        ObjectNode edited = Records.patient(first, "张伟", TOWNSHIP, ID, BORN).put("phone", "13912345678");
        assertThat(server.push(township, Records.edit(EntityTypes.PATIENT, first, 1, edited, "phone")).results().get(0).status())
                .isNotEqualTo(ChangeStatus.REJECTED);
    }

    @Test
    void aSampleUnfitForFactorAssaysIsRejectedWithTheWorkstationsReasons() {
        UUID id = UUID.randomUUID();
        ObjectNode s = WireJson.MAPPER.createObjectNode();
        s.put("id", id.toString());
        s.put("sampleNo", COUNTY + "-000001");
        s.put("siteCode", COUNTY);
        s.put("tubeType", "EDTA");
        s.put("fillPercent", 60);
        s.put("drawnAt", "2026-10-31T01:00:00Z");
        s.put("drawnBy", "采血护士");
        s.put("spunAt", "2026-10-31T02:00:00Z");
        s.put("status", "DRAWN");
        ChangeResult r = server.push(county, Records.create(EntityTypes.SAMPLE, id, s)).results().get(0);
        assertThat(r.status()).isEqualTo(ChangeStatus.REJECTED);
        assertThat(r.reasons()).extracting(Reason::field).containsExactly("tubeType", "fillPercent");
        assertThat(r.reasons().get(0).message()).contains("3.2%枸橼酸钠");

        // spun nine hours after the draw: late by the published 4-hour limit
        s.put("tubeType", "CITRATE_3_2").put("fillPercent", 95).put("spunAt", "2026-10-31T10:00:00Z");
        ChangeResult late = server.push(county, Records.create(EntityTypes.SAMPLE, id, s)).results().get(0);
        assertThat(late.reasons()).extracting(Reason::field).containsExactly("spunAt");
    }

    Referral letter(String from, String to) {
        return new Referral(UUID.randomUUID(), "ZZ-" + from + "-2026-00001", UUID.randomUUID(), null, null, from, to, "血液科",
                "明确诊断", "血友病？", null, null, Urgency.ROUTINE, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 20),
                "李医生", null, ReferralStatus.DRAFT, null, null, List.of(), null);
    }

    ChangeResult refer(String token, Referral r) {
        ObjectNode n = WireJson.MAPPER.valueToTree(r);
        n.remove("meta");
        return server.push(token, Records.create(EntityTypes.REFERRAL, r.id(), n)).results().get(0);
    }

    @Test
    void aReferralGoesOnlyWhereItsSenderMayRefer() {
        assertThat(refer(township, letter(TOWNSHIP, COUNTY)).status()).isEqualTo(ChangeStatus.APPLIED);
        assertThat(refer(township, letter(TOWNSHIP, DESIGNATED)).status()).isEqualTo(ChangeStatus.APPLIED);
        assertThat(refer(county, letter(COUNTY, DESIGNATED)).status()).isEqualTo(ChangeStatus.APPLIED);

        Reason otherCounty = onlyReason(refer(township, letter(TOWNSHIP, OTHER_COUNTY)));
        assertThat(otherCounty.code()).isEqualTo("referral_route");
        assertThat(otherCounty.field()).isEqualTo("toSite");
        assertThat(otherCounty.message()).contains("黑山县人民医院").contains("七里河镇卫生院");
        assertThat(onlyReason(refer(township, letter(TOWNSHIP, OTHER_TOWNSHIP))).code()).isEqualTo("referral_route");
        assertThat(onlyReason(refer(county, letter(COUNTY, OTHER_COUNTY))).code()).isEqualTo("referral_route");
        assertThat(onlyReason(refer(county, letter(COUNTY, TOWNSHIP))).code()).isEqualTo("referral_route");
    }

    @Test
    void thePayloadLimitCountsUtf8BytesNotCharacters() {
        // 90,000 Chinese characters: far under 256 K characters, but 270,000 bytes, over 256 KiB
        String detail = "七".repeat(90_000);
        assertThat(detail.length()).isLessThan(256 * 1024);
        assertThat(detail.getBytes(StandardCharsets.UTF_8).length).isEqualTo(270_000).isGreaterThan(256 * 1024);
        UUID id = UUID.randomUUID();
        ObjectNode big = Records.patient(id, "张伟", TOWNSHIP, ID, BORN);
        ((ObjectNode) big.get("address")).put("detail", detail);
        Change change = Records.create(EntityTypes.PATIENT, id, big);
        Reason tooLarge = onlyReason(server.push(township, change).results().get(0));
        assertThat(tooLarge.code()).isEqualTo("payload_too_large");
        assertThat(tooLarge.message()).contains("256 KB").contains("字节");

        // 80,000 of them (240,000 bytes and the rest of the record) fit
        ((ObjectNode) big.get("address")).put("detail", "七".repeat(80_000));
        assertThat(server.push(township, Records.create(EntityTypes.PATIENT, id, big)).results().get(0).status())
                .isEqualTo(ChangeStatus.APPLIED);
    }
}
