package cn.screening.workstation.server;

import static cn.screening.workstation.server.ServerHarness.COUNTY;
import static cn.screening.workstation.server.ServerHarness.DESIGNATED;
import static cn.screening.workstation.server.ServerHarness.OTHER_COUNTY;
import static cn.screening.workstation.server.ServerHarness.TOWNSHIP;
import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.referral.Referral;
import cn.screening.workstation.domain.referral.ReferralEvent;
import cn.screening.workstation.domain.referral.ReferralReceipt;
import cn.screening.workstation.domain.referral.ReferralSide;
import cn.screening.workstation.domain.referral.ReferralStatus;
import cn.screening.workstation.domain.referral.Urgency;
import cn.screening.workstation.protocol.ChangeResult;
import cn.screening.workstation.protocol.ChangeStatus;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.protocol.PulledRecord;
import cn.screening.workstation.protocol.Reason;
import cn.screening.workstation.server.store.StoreTarget;
import cn.screening.workstation.store.StoreJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's referral rules over raw pushes: the site registry, field ownership by side, the moves and the timeline. */
class ReferralServerRulesTest {

    @TempDir
    Path dir;
    ServerHarness server;
    String township;
    String county;
    String hospital;
    final UUID id = UUID.randomUUID();

    @BeforeEach
    void start() {
        server = ServerHarness.start(StoreTarget.h2(dir));
        township = server.enrol(TOWNSHIP).token();
        county = server.enrol(COUNTY).token();
        hospital = server.enrol(DESIGNATED).token();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    Referral letter(String toSite, ReferralStatus status) {
        List<ReferralEvent> h = status == ReferralStatus.DRAFT ? List.of()
                : List.of(new ReferralEvent(Instant.parse("2026-11-20T08:00:00Z"), ReferralStatus.DRAFT, status, ReferralSide.SENDER,
                "doctor", TOWNSHIP, null));
        return new Referral(id, "ZZ-" + TOWNSHIP + "-2026-00001", UUID.randomUUID(), null, null, TOWNSHIP, toSite, "血液科",
                "明确诊断", "血友病？", "APTT 延长", null, Urgency.ROUTINE, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 20),
                "李医生", null, status, null, null, h, null);
    }

    static ObjectNode payload(Referral r) {
        ObjectNode n = StoreJson.MAPPER.valueToTree(r);
        n.remove("meta");
        return n;
    }

    static ReferralEvent step(ReferralStatus from, ReferralStatus to, ReferralSide side, String site) {
        return new ReferralEvent(Instant.parse("2026-11-21T08:00:00Z"), from, to, side, "doctor", site, null);
    }

    ChangeResult push(String token, long base, Referral r, String... fields) {
        return server.push(token, fields.length == 0 ? Records.create(EntityTypes.REFERRAL, id, payload(r))
                : Records.edit(EntityTypes.REFERRAL, id, base, payload(r), fields)).results().get(0);
    }

    static List<String> codes(ChangeResult r) {
        return r.reasons() == null ? List.of() : r.reasons().stream().map(Reason::code).toList();
    }

    @Test
    void aReferralToASiteTheRegistryDoesNotHaveIsRejectedAndSoIsOneBornAccepted() {
        ChangeResult nowhere = push(township, 0, letter("999999-H", ReferralStatus.SUBMITTED));
        assertThat(nowhere.status()).isEqualTo(ChangeStatus.REJECTED);
        assertThat(codes(nowhere)).containsExactly("unknown_site");
        assertThat(nowhere.reasons().get(0).message()).contains("999999-H").contains("不在省级机构目录中");
        ChangeResult born = push(township, 0, letter(DESIGNATED, ReferralStatus.ACCEPTED));
        assertThat(codes(born)).containsExactly("bad_move");
        assertThat(push(township, 0, letter(DESIGNATED, ReferralStatus.SUBMITTED)).status()).isEqualTo(ChangeStatus.APPLIED);
    }

    @Test
    void eachEndChangesOnlyItsOwnFieldsAndMakesOnlyItsOwnMoves() {
        Referral sent = letter(DESIGNATED, ReferralStatus.SUBMITTED);
        long v1 = push(township, 0, sent).version();

        // the hospital may not touch the letter
        Referral purpose = new Referral(id, sent.referralNo(), sent.patientId(), null, null, TOWNSHIP, DESIGNATED, "血液科", "改了目的",
                sent.preliminaryDiagnosis(), sent.clinicalSummary(), null, sent.urgency(), sent.validFrom(), sent.validUntil(),
                sent.doctorName(), null, sent.status(), null, null, sent.history(), null);
        assertThat(codes(push(hospital, v1, purpose, "purpose"))).containsExactly("not_your_record");

        // nor close it, nor may the sender accept it
        assertThat(codes(push(hospital, v1, sent.moved(step(ReferralStatus.SUBMITTED, ReferralStatus.WITHDRAWN,
                ReferralSide.RECEIVER, DESIGNATED)), "status", "history"))).containsExactly("wrong_side");
        assertThat(codes(push(county, v1, sent.moved(step(ReferralStatus.SUBMITTED, ReferralStatus.ACCEPTED,
                ReferralSide.SENDER, COUNTY)), "status", "history"))).containsExactly("wrong_side");

        // three moves of the hospital's made offline travel as one change
        Referral answered = sent.withReceipt(ReferralReceipt.NONE.answered("刘医生", Instant.parse("2026-11-21T08:00:00Z"), "血液科", null))
                .moved(step(ReferralStatus.SUBMITTED, ReferralStatus.ACCEPTED, ReferralSide.RECEIVER, DESIGNATED))
                .moved(step(ReferralStatus.ACCEPTED, ReferralStatus.ADMITTED, ReferralSide.RECEIVER, DESIGNATED));
        ChangeResult ok = push(hospital, v1, answered, "status", "history", "receipt");
        assertThat(ok.status()).isEqualTo(ChangeStatus.APPLIED);

        // a skipped step is no move; the sender may not write the hospital's receipt or rewrite the timeline
        Referral skipped = answered.moved(step(ReferralStatus.ADMITTED, ReferralStatus.CLOSED, ReferralSide.RECEIVER, DESIGNATED));
        assertThat(codes(push(hospital, ok.version(), skipped, "status", "history"))).containsExactly("bad_move");
        Referral receipt = answered.withReceipt(answered.receipt().arrived(Instant.now(), true, "ZY-1", null));
        assertThat(codes(push(county, ok.version(), receipt, "receipt"))).containsExactly("not_your_field");
        Referral rewritten = new Referral(id, sent.referralNo(), sent.patientId(), null, null, TOWNSHIP, DESIGNATED, "血液科",
                sent.purpose(), sent.preliminaryDiagnosis(), sent.clinicalSummary(), null, sent.urgency(), sent.validFrom(),
                sent.validUntil(), sent.doctorName(), null, ReferralStatus.ADMITTED, answered.receipt(), null, List.of(), null);
        assertThat(codes(push(county, ok.version(), rewritten, "history"))).contains("history_rewritten");
    }

    @Test
    void theHospitalAndTheSendersCountySeeTheReferralAndAnotherCountyDoesNot() {
        push(township, 0, letter(DESIGNATED, ReferralStatus.SUBMITTED));
        assertThat(referralsSeenBy(hospital)).containsExactly(id);
        assertThat(referralsSeenBy(county)).containsExactly(id);
        assertThat(referralsSeenBy(server.enrol(OTHER_COUNTY).token())).isEmpty();
    }

    List<UUID> referralsSeenBy(String token) {
        return server.pull(token, 0, 1000).records().stream().filter(r -> r.entityType().equals(EntityTypes.REFERRAL))
                .map(PulledRecord::entityId).toList();
    }
}
