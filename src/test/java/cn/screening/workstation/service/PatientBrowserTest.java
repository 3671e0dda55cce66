package cn.screening.workstation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.screening.workstation.domain.identity.Masking;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.patient.PovertyStatus;
import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.store.AuditAction;
import cn.screening.workstation.store.AuditEntry;
import cn.screening.workstation.domain.patient.PatientQuery;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 患者 list on the 224 patients of samples/patients-yixian.csv imported into a real store. */
class PatientBrowserTest {

    static final String QILIHE = "210727102";
    @TempDir
    Path dir;
    Workspace ws;
    PatientBrowser browser;
    List<Patient> stored = new ArrayList<>();

    @BeforeEach
    void importTheSampleList() {
        ws = TestSites.login(TestSites.countyHospital(dir.resolve("ws")), "doctor", TestSites.DOCTOR_PASSWORD);
        Services services = TestSites.services(ws);
        var importer = services.patientImport();
        assertThat(importer.commit(importer.preview(Path.of("samples", "patients-yixian.csv"))).imported()).isEqualTo(224);
        browser = services.patientBrowser();
        ws.database().read(tx -> {
            ws.patients().forEach(tx, stored::add);
            return null;
        });
    }

    @AfterEach
    void close() {
        ws.close();
    }

    /** Every page of a query, read the way the screen pages through it. */
    List<PatientListItem> allPages(PatientQuery first) {
        List<PatientListItem> out = new ArrayList<>();
        Page<PatientListItem> page = browser.search(first);
        out.addAll(page.items());
        while (page.hasNext()) {
            page = browser.search(new PatientQuery(first.namePrefix(), first.idNumber(), first.townshipCode(), first.poverty(),
                    page.offset() + page.limit(), page.limit()));
            out.addAll(page.items());
        }
        return out;
    }

    List<UUID> idsOf(List<PatientListItem> items) {
        return items.stream().map(PatientListItem::patientId).toList();
    }

    List<UUID> storedWhere(Predicate<Patient> p) {
        return stored.stream().filter(p).map(Patient::id).toList();
    }

    @Test
    void everyImportedPatientIsListedOnceAcrossPagesOfFiftyMasked() {
        Page<PatientListItem> first = browser.search(new PatientQuery(null, null, null, null, 0, 50));
        assertThat(first.total()).isEqualTo(224);
        assertThat(first.items()).hasSize(50);
        List<PatientListItem> all = allPages(new PatientQuery(null, null, null, null, 0, 50));
        assertThat(all).hasSize(224);
        assertThat(new HashSet<>(idsOf(all))).hasSize(224).containsExactlyInAnyOrderElementsOf(storedWhere(p -> true));
        assertThat(all).allSatisfy(i -> {
            assertThat(i.maskedIdNumber()).matches("\\d{6}\\*{8}[\\dX]{4}");
            assertThat(i.maskedName()).contains("*");
        });
        // in name order, as the index gives it
        List<String> firstChars = all.stream().map(i -> i.maskedName().substring(0, 1)).toList();
        assertThat(firstChars).isSorted();
    }

    @Test
    void searchesByNameIdNumberTownshipAndPovertyGroup() {
        Patient someone = stored.get(17);
        String surname = someone.name().substring(0, 1);
        assertThat(idsOf(allPages(new PatientQuery(surname, null, null, null, 0, 50))))
                .containsExactlyInAnyOrderElementsOf(storedWhere(p -> p.name().startsWith(surname)));

        assertThat(browser.search(new PatientQuery(null, someone.idNumber(), null, null, 0, 50)).items())
                .singleElement().satisfies(i -> {
                    assertThat(i.patientId()).isEqualTo(someone.id());
                    assertThat(i.maskedName()).isEqualTo(Masking.name(someone.name()));
                    assertThat(i.maskedIdNumber()).isEqualTo(Masking.idNumber(someone.idNumber()));
                });
        String born1980s = "210727198";
        assertThat(idsOf(allPages(new PatientQuery(null, born1980s, null, null, 0, 50))))
                .isNotEmpty().containsExactlyInAnyOrderElementsOf(storedWhere(p -> p.idNumber().startsWith(born1980s)));

        List<PatientListItem> qilihe = allPages(new PatientQuery(null, null, QILIHE, null, 0, 50));
        assertThat(qilihe).isNotEmpty().allSatisfy(i -> assertThat(i.townshipName()).isEqualTo("七里河镇"));
        assertThat(idsOf(qilihe)).containsExactlyInAnyOrderElementsOf(storedWhere(p -> QILIHE.equals(p.address().townshipCode())));

        for (PovertyStatus group : PovertyStatus.values()) {
            assertThat(idsOf(allPages(new PatientQuery(null, null, null, group, 0, 50))))
                    .as(group.name()).containsExactlyInAnyOrderElementsOf(storedWhere(p -> p.povertyStatus() == group));
        }
        assertThat(idsOf(allPages(new PatientQuery(null, null, QILIHE, PovertyStatus.NONE, 0, 50))))
                .containsExactlyInAnyOrderElementsOf(storedWhere(p -> QILIHE.equals(p.address().townshipCode())
                        && p.povertyStatus() == PovertyStatus.NONE));
    }

    @Test
    void openingAndRevealingAreAuditedAndTheRecordIsMasked() {
        Patient someone = stored.get(3);
        PatientRecord r = browser.open(someone.id());
        assertThat(r.maskedName()).isEqualTo(Masking.name(someone.name())).isNotEqualTo(someone.name());
        assertThat(r.maskedIdNumber()).isEqualTo(Masking.idNumber(someone.idNumber()));
        assertThat(r.maskedPhone()).isEqualTo(someone.phone() == null ? null : Masking.phone(someone.phone()));
        assertThat(r.cases()).isEmpty();
        assertThat(latest().action()).isEqualTo(AuditAction.VIEW);
        assertThat(latest().entityId()).isEqualTo(someone.id().toString());

        assertThat(browser.revealIdNumber(someone.id())).isEqualTo(someone.idNumber());
        assertThat(latest().action()).isEqualTo(AuditAction.REVEAL_ID);
        assertThat(latest().detail()).doesNotContain(someone.idNumber());
    }

    @Test
    void theAdministratorSeesTheListButNoFullIdNumber() {
        ws.close();
        ws = TestSites.login(TestSites.workstation(dir.resolve("ws")), "admin", TestSites.ADMIN_PASSWORD);
        PatientBrowser asAdmin = TestSites.services(ws).patientBrowser();
        assertThat(asAdmin.search(PatientQuery.EVERYONE.everyMatch()).total()).isEqualTo(224);
        assertThat(asAdmin.mayReveal()).isFalse();
        assertThatThrownBy(() -> asAdmin.revealIdNumber(stored.get(0).id())).isInstanceOf(ServiceException.class);
    }

    @Test
    void theExportCommandsFilterReadsTownshipsAndGroupsByNameOrCode() {
        assertThat(browser.filter(" 张 ", "2107271980", "七里河镇", "低保")).isEqualTo(
                new PatientQuery("张", "2107271980", QILIHE, PovertyStatus.MINIMUM_LIVING, 0, 0));
        assertThat(browser.filter(null, null, QILIHE, "registered_poor")).isEqualTo(
                new PatientQuery(null, null, QILIHE, PovertyStatus.REGISTERED_POOR, 0, 0));
        assertThatThrownBy(() -> browser.filter(null, null, "朝阳镇", null)).isInstanceOf(ServiceException.class)
                .satisfies(e -> assertThat(new Texts(java.util.Locale.SIMPLIFIED_CHINESE).of((ServiceException) e))
                        .contains("朝阳镇").contains("不在本县"));
        assertThatThrownBy(() -> browser.filter(null, null, null, "富户")).isInstanceOf(ServiceException.class);
    }

    AuditEntry latest() {
        return ws.database().read(tx -> ws.audit().latest(tx, 1).get(0));
    }
}
