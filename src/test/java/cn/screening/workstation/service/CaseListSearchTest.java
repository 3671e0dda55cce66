package cn.screening.workstation.service;

import static org.assertj.core.api.Assertions.assertThat;
import cn.screening.workstation.bench.SyntheticCases;
import cn.screening.workstation.domain.cases.CaseStatus;
import cn.screening.workstation.domain.cases.ScreeningCase;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.cases.CaseQuery;
import cn.screening.workstation.domain.cases.CaseSort;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each case-list search returns the right rows in the right order, and the right total, against
 * a few thousand synthetic cases loaded through the repositories (the same SQL the bench times).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseListSearchTest {

    static final int CASES = 2_000;
    @TempDir
    static Path dir;
    Workspace ws;
    CaseBrowser browser;
    final List<SyntheticCases.Pair> loaded = new ArrayList<>();
    SyntheticCases gen;

    @BeforeAll
    void load() {
        ws = TestSites.login(TestSites.countyHospital(dir), "doctor", TestSites.DOCTOR_PASSWORD);
        browser = TestSites.services(ws).caseBrowser();
        gen = new SyntheticCases(CASES, 7, TestSites.rules().divisions(), Instant.now(), "210727-C", "doctor");
        for (int start = 0; start < CASES; start += 1_000) {
            int from = start;
            ws.database().write(ws.session().actor(), tx -> {
                for (int n = from; n < from + 1_000; n++) {
                    SyntheticCases.Pair p = gen.next(n);
                    ws.patients().insert(tx, p.patient());
                    ws.cases().insert(tx, p.caseNo(), p.screeningCase());
                    loaded.add(p);
                }
                return null;
            });
        }
    }

    @AfterAll
    void close() {
        ws.close();
    }

    /** H2 orders UUIDs as unsigned 128-bit numbers; Java's UUID.compareTo compares signed longs. */
    static final Comparator<UUID> H2_UUID = Comparator.comparing((UUID u) -> u.getMostSignificantBits(), Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);
    static final Comparator<SyntheticCases.Pair> BY_NAME = Comparator.comparing((SyntheticCases.Pair p) -> p.patient().name())
            .thenComparing(p -> p.patient().id(), H2_UUID);
    static final Comparator<SyntheticCases.Pair> BY_ID_NUMBER = Comparator.comparing((SyntheticCases.Pair p) -> p.patient().idNumber())
            .thenComparing(p -> p.patient().id(), H2_UUID);
    static final Comparator<SyntheticCases.Pair> NEWEST_FIRST =
            Comparator.comparing((SyntheticCases.Pair p) -> p.screeningCase().registeredAt()).reversed();

    static CaseQuery query(String name, String id, CaseStatus status, String township) {
        return new CaseQuery(name, id, status, null, township, CaseSort.NEWEST_FIRST, 0, 50);
    }

    List<SyntheticCases.Pair> expected(Predicate<SyntheticCases.Pair> filter, Comparator<SyntheticCases.Pair> order) {
        return loaded.stream().filter(filter).sorted(order).toList();
    }

    static List<UUID> caseIds(List<SyntheticCases.Pair> pairs) {
        return pairs.stream().map(p -> p.screeningCase().id()).toList();
    }

    /** The page at the query's offset of every match {@code all}, in order, and the total counted up to the cap. */
    void assertSameRowsInOrder(CaseQuery q, List<SyntheticCases.Pair> all) {
        Page<CaseListItem> page = browser.search(q);
        assertTotal(page, all.size());
        List<SyntheticCases.Pair> expected = all.subList(q.offset(), Math.min(q.offset() + q.limit(), all.size()));
        assertThat(page.items()).extracting(CaseListItem::caseId).containsExactlyElementsOf(caseIds(expected));
    }

    static void assertTotal(Page<?> page, int matches) {
        assertThat(page.total()).isEqualTo(Math.min(matches, CaseBrowser.COUNT_CAP));
        assertThat(page.totalIsLowerBound()).isEqualTo(matches > CaseBrowser.COUNT_CAP);
    }

    @Test
    void aOneCharacterSurnameListsItsPatientsInNameOrder() {
        List<SyntheticCases.Pair> all = expected(p -> p.patient().name().startsWith("王"), BY_NAME);
        assertThat(all.size()).as("王 is about a twelfth of the names").isBetween(CASES / 20, CASES / 7);
        assertSameRowsInOrder(query("王", null, null, null), all);
        assertSameRowsInOrder(query("王", null, null, null).page(50), all);
    }

    @Test
    void aTwoCharacterPrefixNarrowsIt() {
        List<SyntheticCases.Pair> all = expected(p -> p.patient().name().startsWith("王小"), BY_NAME);
        assertThat(all).isNotEmpty();
        assertSameRowsInOrder(query("王小", null, null, null), all);
        assertThat(browser.search(query("王小", null, null, null)).items()).allSatisfy(i -> assertThat(i.maskedName()).startsWith("王"));
    }

    @Test
    void likeWildcardsAreTakenLiterally() {
        assertThat(browser.search(query("王%", null, null, null)).total()).isZero();
        assertThat(browser.search(query("_", null, null, null)).total()).isZero();
    }

    @Test
    void aWholeIdNumberFindsItsOnePatient() {
        Patient p = loaded.get(1234).patient();
        Page<CaseListItem> page = browser.search(query(null, p.idNumber().toLowerCase(), null, null));
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.items()).extracting(CaseListItem::patientId).containsExactly(p.id());
    }

    @Test
    void anIdPrefixListsInIdOrderFromTheCountyCodeToTenDigits() {
        String id = loaded.get(17).patient().idNumber();
        for (int len : new int[] {6, 8, 10}) {
            String prefix = id.substring(0, len);
            assertSameRowsInOrder(query(null, prefix, null, null), expected(p -> p.patient().idNumber().startsWith(prefix), BY_ID_NUMBER));
        }
    }

    @Test
    void statusAndTownshipListNewestFirst() {
        for (CaseStatus status : new CaseStatus[] {CaseStatus.SUSPECTED, CaseStatus.CLOSED}) {
            for (String township : List.of(gen.townships().get(0).code(), gen.townships().get(10).code())) {
                assertNewestFirst(query(null, null, status, township),
                        p -> p.screeningCase().status() == status && township.equals(p.screeningCase().townshipCode()));
            }
        }
    }

    @Test
    void statusAloneAndTownshipAloneListNewestFirst() {
        assertNewestFirst(query(null, null, CaseStatus.REFERRED, null), p -> p.screeningCase().status() == CaseStatus.REFERRED);
        String township = gen.townships().get(3).code();
        assertNewestFirst(query(null, null, null, township), p -> township.equals(p.screeningCase().townshipCode()));
        assertNewestFirst(query(null, null, null, null), p -> true);
    }

    @Test
    void oldestFirstIsTheSameListTheOtherWayRound() {
        String township = gen.townships().get(0).code();
        CaseQuery q = new CaseQuery(null, null, CaseStatus.SUSPECTED, null, township, CaseSort.OLDEST_FIRST, 0, 50);
        List<Instant> expected = expected(p -> p.screeningCase().status() == CaseStatus.SUSPECTED
                && township.equals(p.screeningCase().townshipCode()), NEWEST_FIRST.reversed()).stream()
                .limit(50).map(p -> p.screeningCase().registeredAt()).toList();
        assertThat(browser.search(q).items()).extracting(CaseListItem::registeredAt).containsExactlyElementsOf(expected);
    }

    void assertNewestFirst(CaseQuery q, Predicate<SyntheticCases.Pair> filter) {
        List<SyntheticCases.Pair> all = expected(filter, NEWEST_FIRST);
        Page<CaseListItem> page = browser.search(q);
        assertTotal(page, all.size());
        // registration times are to the second, so compare times (a tie could swap two rows) and the filter
        assertThat(page.items()).extracting(CaseListItem::registeredAt)
                .containsExactlyElementsOf(all.stream().limit(50).map(p -> p.screeningCase().registeredAt()).toList());
        List<UUID> matching = caseIds(all);
        assertThat(page.items()).extracting(CaseListItem::caseId).allMatch(matching::contains);
    }

    @Test
    void theCountStopsAtItsCap() {
        CaseQuery everything = query(null, "210727", null, null);
        long capped = ws.database().read(tx -> ws.cases().countUpTo(tx, everything, 101));
        assertThat(capped).isEqualTo(101);
        long exact = ws.database().read(tx -> ws.cases().count(tx, everything));
        assertThat(exact).isEqualTo(CASES);
        long few = ws.database().read(tx -> ws.cases().countUpTo(tx, query("王小", null, null, null), 10_001));
        assertThat(few).isEqualTo(expected(p -> p.patient().name().startsWith("王小"), BY_NAME).size());
    }

    @Test
    void everySearchPagesInIndexOrderAndCountsFromIndexEntriesAlone() {
        String township = gen.townships().get(0).code();
        Map<CaseQuery, String> drivers = Map.of(
                query("王", null, null, null), "IX_PATIENT_NAME",
                query(null, "2107271", null, null), "IX_PATIENT_ID_NUMBER_ID",
                query(null, null, CaseStatus.SUSPECTED, township), "IX_CASE_STATUS_TOWNSHIP");
        for (var e : drivers.entrySet()) {
            List<String> plans = ws.database().read(tx -> ws.cases().explain(tx, e.getKey(), CaseBrowser.COUNT_CAP + 1));
            assertThat(plans.get(0)).as("page of %s", e.getKey()).contains("PUBLIC." + e.getValue()).contains("index sorted");
            assertThat(plans.get(1)).as("count of %s", e.getKey()).contains("PUBLIC." + e.getValue());
            // `deleted` is in the index the count walks, so checking it fetches no case row
            assertThat(plans.get(1)).as("count of %s", e.getKey())
                    .containsPattern(e.getValue().startsWith("IX_PATIENT") ? "IX_CASE_PATIENT: DELETED = FALSE" : "AND DELETED = FALSE\\s*\\*/");
        }
    }

    @Test
    void aPageShowsACappedTotalAsAtLeast() {
        Page<String> capped = new Page<>(List.of("a"), CaseBrowser.COUNT_CAP, true, 0, 1);
        assertThat(capped.totalLabel()).isEqualTo(CaseBrowser.COUNT_CAP + "+");
        assertThat(capped.hasNext()).isTrue();
        assertThat(new Page<>(List.of("a"), 1, 0, 50).totalLabel()).isEqualTo("1");
    }

    @Test
    void everySyntheticPatientPassesThePatientRules() {
        var today = java.time.LocalDate.now();
        assertThat(loaded.stream().map(SyntheticCases.Pair::patient).map(p -> TestSites.rules().patientRules().validate(p, "210727", today))
                .filter(r -> r.hasErrors()).toList()).isEmpty();
        assertThat(loaded.stream().map(p -> p.patient().idNumber()).distinct().count()).isEqualTo(CASES);
        assertThat(loaded.stream().map(SyntheticCases.Pair::caseNo).distinct().count()).isEqualTo(CASES);
        assertThat(loaded.stream().map(SyntheticCases.Pair::screeningCase).map(ScreeningCase::townshipCode).distinct().count())
                .isEqualTo(18);
    }
}
