package cn.screening.workstation.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.screening.workstation.domain.cases.CaseStatus;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.site.SiteProfile;
import cn.screening.workstation.domain.specimen.AssayMethod;
import cn.screening.workstation.domain.specimen.Diagnosis;
import cn.screening.workstation.domain.specimen.DispatchDetails;
import cn.screening.workstation.domain.specimen.HemophiliaSeverity;
import cn.screening.workstation.domain.specimen.InhibitorScreen;
import cn.screening.workstation.domain.specimen.LabResult;
import cn.screening.workstation.domain.specimen.RejectionReason;
import cn.screening.workstation.domain.specimen.ResultEntry;
import cn.screening.workstation.domain.specimen.Sample;
import cn.screening.workstation.domain.specimen.SampleStage;
import cn.screening.workstation.domain.specimen.Shipment;
import cn.screening.workstation.domain.specimen.ShipmentCondition;
import cn.screening.workstation.domain.specimen.TubeDecision;
import cn.screening.workstation.domain.user.Role;
import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.service.Accounts;
import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.service.TestSites;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.Workstation;
import cn.screening.workstation.service.specimen.CaseLabOutcome;
import cn.screening.workstation.service.specimen.IncomingBox;
import cn.screening.workstation.service.specimen.ResultOutcome;
import cn.screening.workstation.service.specimen.TubeScan;
import cn.screening.workstation.service.specimen.SpecimenSites;
import cn.screening.workstation.service.specimen.Specimens;
import cn.screening.workstation.sync.SyncApi;
import cn.screening.workstation.sync.SyncReport;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The blood-sample loop through the real server on loopback: 义县 draws two samples and ships them
 * to the designated hospital; the hospital syncs, receives one tube and rejects the other, enters a
 * result; 义县 syncs and its case is 已确诊 with its class, the other asks for a redraw with the
 * reason shown. 黑山县 sees none of it; the hospital sees no patient.
 */
@Tag("slow")
class SpecimenEndToEndTest {

    static final SiteProfile HOSPITAL = SpecimenSites.HOSPITAL;

    @TempDir
    Path dir;

    /** A workstation set up and enrolled by its administrator, then used by a working user of the given role. */
    private record Desk(Workspace ws, Services services, SyncApi api) implements AutoCloseable {

        static Desk of(Path dir, SiteProfile site, Province province, String user, Role role) {
            Workstation w = TestSites.workstation(dir);
            w.setUp(site, "admin", "管理员", TestSites.ADMIN_PASSWORD.toCharArray());
            SyncApi api = SyncApi.create(new SyncApi.Timeouts(Duration.ofSeconds(3), Duration.ofSeconds(5), Duration.ofSeconds(20)));
            try (Workspace admin = TestSites.login(w, "admin", TestSites.ADMIN_PASSWORD)) {
                TestSites.services(admin).syncSetup(api).enrol(province.url(), province.enrolmentCode(site), "PC of " + site.siteCode());
                new Accounts(admin).add(user, "用户", role, "user-pass-1".toCharArray());
            }
            Workspace ws = TestSites.login(w, user, "user-pass-1");
            return new Desk(ws, TestSites.services(ws), api);
        }

        Specimens specimens() {
            return services.specimens();
        }

        SyncReport sync() {
            SyncReport r = services.syncSetup(api).engine().syncOnce();
            assertThat(r.failure()).as("sync failure").isNull();
            return r;
        }

        long rows(String table) {
            return ws.database().read(tx -> {
                try (PreparedStatement ps = tx.prepare("SELECT COUNT(*) FROM " + table); ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
        }

        @Override
        public void close() {
            ws.close();
        }
    }

    @Test
    void samplesTravelToTheHospitalAndTheResultComesBackToTheCountysCase() {
        try (Province province = Province.start(dir.resolve("server"))) {
            province.services.administration().addSite(HOSPITAL.siteCode(), HOSPITAL.type(), HOSPITAL.divisionCode(), HOSPITAL.name(), null);
            try (Desk county = Desk.of(dir.resolve("county"), Province.YIXIAN, province, "doctor", Role.COUNTY_DOCTOR);
                 Desk hospital = Desk.of(dir.resolve("hospital"), HOSPITAL, province, "lab", Role.DESIGNATED_LAB);
                 Desk other = Desk.of(dir.resolve("other"), Province.HEISHAN, province, "doctor", Role.COUNTY_DOCTOR)) {

                // the county: two cases, a sample each, one box to the designated hospital (known from reference data)
                county.sync();
                assertThat(county.specimens().shipments().destinations()).extracting(d -> d.siteCode()).contains(HOSPITAL.siteCode());
                UUID caseA = SpecimenSites.suspectedCase(county.ws(), "张三", Sex.MALE);
                UUID caseB = SpecimenSites.suspectedCase(county.ws(), "李四", Sex.MALE);
                Instant now = Instant.now();
                Sample a = county.specimens().draw().draw(caseA, SpecimenSites.goodDraw(now, Duration.ofHours(2)));
                Sample b = county.specimens().draw().draw(caseB, SpecimenSites.goodDraw(now, Duration.ofHours(2)));
                Sample kept = county.specimens().draw().draw(caseB, SpecimenSites.goodDraw(now, Duration.ofHours(2)));
                Shipment box = county.specimens().shipments().createBox(HOSPITAL.siteCode());
                county.specimens().shipments().addTube(box.id(), a.sampleNo());
                county.specimens().shipments().addTube(box.id(), b.sampleNo());
                county.specimens().shipments().dispatch(box.id(), new DispatchDetails("顺丰", "SF9", Instant.now(),
                        ShipmentCondition.ROOM_TEMPERATURE, null, null, new BigDecimal("22")));
                assertThat(county.sync().allClear()).isTrue();

                // the hospital: the box arrives through sync; one tube accepted and resulted, one rejected
                // the report names what arrived, so the open 标本接收 page reads its list again
                assertThat(hospital.sync().pulledTypes()).contains(EntityTypes.SHIPMENT, EntityTypes.SAMPLE);
                assertThat(hospital.specimens().receiving().incoming()).extracting(IncomingBox::boxNo).containsExactly(box.boxNo());
                hospital.specimens().receiving().receive(box.id(), Instant.now(), new BigDecimal("21"));
                hospital.specimens().receiving().scan(box.id(), a.sampleNo());
                hospital.specimens().receiving().scan(box.id(), b.sampleNo());
                assertThat(hospital.specimens().receiving().scan(box.id(), b.sampleNo()))
                        .isInstanceOfSatisfying(TubeScan.Refused.class, r -> assertThat(r.sentence()).contains("已扫描"));
                hospital.specimens().receiving().judge(box.id(), b.id(), TubeDecision.REJECTED, RejectionReason.CLOTTED, "有凝块");
                ResultOutcome saved = hospital.specimens().results().enter(a.sampleNo(), new ResultEntry("3", "95",
                        AssayMethod.ONE_STAGE, "85", null, InhibitorScreen.NEGATIVE, "0", Diagnosis.HEMOPHILIA_A, null, null), false);
                LabResult result = ((ResultOutcome.Saved) saved).result();
                assertThatThrownBy(() -> hospital.specimens().results().enter(b.sampleNo(), new ResultEntry("3", "95",
                        AssayMethod.ONE_STAGE, "85", null, InhibitorScreen.NEGATIVE, null, null, null, null), false))
                        .hasMessageContaining("已拒收");
                assertThat(hospital.sync().allClear()).isTrue();
                // the hospital holds the tubes sent to it, never a tube kept at the county, the patients or the cases
                assertThat(hospital.specimens().draw().byNumber(kept.sampleNo())).isEmpty();
                assertThat(hospital.specimens().draw().byNumber(a.sampleNo())).isPresent();
                assertThat(hospital.rows("patient")).isZero();
                assertThat(hospital.rows("screening_case")).isZero();

                // back at the county: the case is confirmed with its class and numbers; the other asks for a redraw
                county.sync();
                assertThat(SpecimenSites.caseStatus(county.ws(), caseA)).isEqualTo(CaseStatus.CONFIRMED);
                CaseLabOutcome outcomeA = county.specimens().results().outcomeOfCase(caseA);
                LabResult there = outcomeA.confirmed().orElseThrow();
                assertThat(there.id()).isEqualTo(result.id());
                assertThat(there.severity()).isEqualTo(HemophiliaSeverity.MODERATE);
                assertThat(there.fviii().text()).isEqualTo("3");
                assertThat(outcomeA.urgentReferral()).isFalse();
                assertThat(SpecimenSites.caseStatus(county.ws(), caseB)).isEqualTo(CaseStatus.REDRAW_REQUESTED);
                CaseLabOutcome outcomeB = county.specimens().results().outcomeOfCase(caseB);
                assertThat(outcomeB.redrawRequested()).isTrue();
                assertThat(outcomeB.rejections()).singleElement().satisfies(r -> {
                    assertThat(r.reason()).isEqualTo(RejectionReason.CLOTTED);
                    assertThat(r.condition()).isEqualTo("有凝块");
                    assertThat(r.by()).isEqualTo("lab");
                });
                assertThat(county.specimens().tracking().timeline(a.id()).events()).extracting(e -> e.stage())
                        .containsExactly(SampleStage.DRAWN, SampleStage.PACKED, SampleStage.DISPATCHED, SampleStage.RECEIVED,
                                SampleStage.RESULTED);
                // the case moves are the county's own changes: they reach the server on the next sync
                assertThat(county.sync().allClear()).isTrue();
                assertThat(hospital.specimens().tracking().timeline(b.id()).last().stage()).isEqualTo(SampleStage.REJECTED);

                // 黑山县 sees none of it
                other.sync();
                for (String table : new String[] {"sample", "shipment", "receipt", "tube_verdict", "lab_result", "screening_case", "patient"}) {
                    assertThat(other.rows(table)).as(table).isZero();
                }
            }
        }
    }
}
