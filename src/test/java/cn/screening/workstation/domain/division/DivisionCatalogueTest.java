package cn.screening.workstation.domain.division;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class DivisionCatalogueTest {

    private final DivisionCatalogue catalogue = new DivisionCatalogue();

    @Test
    void loadsEveryLevelWellUnderASecond() {
        long start = System.nanoTime();
        DivisionCatalogue fresh = new DivisionCatalogue();
        fresh.provinces();
        fresh.find("210727102");
        fresh.villages("210727102");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void hasThe31MainlandProvinces() {
        assertThat(catalogue.provinces()).hasSize(31);
        assertThat(catalogue.provinces().get(0)).isEqualTo(new Division("11", "北京市", DivisionLevel.PROVINCE, null));
        assertThat(catalogue.isKnownProvince("21")).isTrue();
        assertThat(catalogue.isKnownProvince("00")).isFalse();
        assertThat(catalogue.isKnownProvince("99")).isFalse();
        assertThat(catalogue.isKnownProvince("81")).isFalse();
        assertThat(catalogue.isKnownProvince("210")).isFalse();
    }

    @Test
    void findsEachLevelByCodeWithItsParent() {
        assertThat(catalogue.find("2107")).get().extracting(Division::name, Division::level, Division::parentCode)
                .containsExactly("锦州市", DivisionLevel.CITY, "21");
        assertThat(catalogue.find("210727")).get().extracting(Division::name, Division::level, Division::parentCode)
                .containsExactly("义县", DivisionLevel.COUNTY, "2107");
        assertThat(catalogue.find("210727102")).get().extracting(Division::name, Division::level, Division::parentCode)
                .containsExactly("七里河镇", DivisionLevel.TOWNSHIP, "210727");
        assertThat(catalogue.find("210727102202")).get().extracting(Division::name, Division::level)
                .containsExactly("杨千台村民委员会", DivisionLevel.VILLAGE);
        assertThat(catalogue.find("2107271")).isEmpty();
        assertThat(catalogue.find(null)).isEmpty();
    }

    @Test
    void knowsCountiesButNotRetiredOnes() {
        assertThat(catalogue.isKnownCounty("110105")).isTrue();
        assertThat(catalogue.isKnownCounty("210727")).isTrue();
        assertThat(catalogue.isKnownCounty("440524")).isFalse();
        assertThat(catalogue.isKnownCounty("2107")).isFalse();
    }

    @Test
    void yiCountyHas18Townships() {
        List<Division> townships = catalogue.children("210727");

        assertThat(townships).hasSize(18);
        assertThat(townships).allSatisfy(t -> assertThat(t.code()).startsWith("210727").hasSize(9));
        assertThat(townships).extracting(Division::name).contains("义州街道", "七里河镇", "地藏寺满族乡", "白庙子乡");
    }

    @Test
    void childrenWalkDownTheLevels() {
        assertThat(catalogue.children("21")).extracting(Division::code).contains("2107");
        assertThat(catalogue.children("2107")).extracting(Division::code).contains("210727", "210781");
        assertThat(catalogue.children("210727102")).extracting(Division::code).contains("210727102202");
        assertThat(catalogue.children("210727102202")).isEmpty();
        assertThat(catalogue.children(null)).isEmpty();
    }

    @Test
    void townshipsAreFoundByTheirExactName() {
        assertThat(catalogue.townshipByName("210727", "七里河镇")).get().extracting(Division::code).isEqualTo("210727102");
        assertThat(catalogue.townshipByName("210727", "地藏寺满族乡")).get().extracting(Division::code).isEqualTo("210727203");
    }

    @Test
    void townshipsAreFoundWithOrWithoutTheirSuffix() {
        assertThat(catalogue.townshipByName("210727", "七里河")).get().extracting(Division::code).isEqualTo("210727102");
        assertThat(catalogue.townshipByName("210727", " 七里河镇 ")).get().extracting(Division::code).isEqualTo("210727102");
        assertThat(catalogue.townshipByName("210727", "七里河乡")).get().extracting(Division::code).isEqualTo("210727102");
        assertThat(catalogue.townshipByName("210727", "地藏寺乡")).get().extracting(Division::code).isEqualTo("210727203");
        assertThat(catalogue.townshipByName("210727", "地藏寺")).get().extracting(Division::code).isEqualTo("210727203");
        assertThat(catalogue.townshipByName("210727", "义州")).get().extracting(Division::code).isEqualTo("210727001");
        assertThat(catalogue.townshipByName("210727", "义州街道办事处")).get().extracting(Division::code).isEqualTo("210727001");
    }

    @Test
    void unknownOrForeignTownshipsAreNotFound() {
        assertThat(catalogue.townshipByName("210727", "不存在镇")).isEmpty();
        assertThat(catalogue.townshipByName("210727", "")).isEmpty();
        assertThat(catalogue.townshipByName("210727", null)).isEmpty();
        assertThat(catalogue.townshipByName("110105", "七里河镇")).isEmpty();
    }

    @Test
    void villagesExistForJinzhouOnly() {
        assertThat(catalogue.villages("210727102")).isNotEmpty()
                .allSatisfy(v -> assertThat(v.parentCode()).isEqualTo("210727102"));
        assertThat(catalogue.villages("110101001")).isEmpty();
        assertThat(catalogue.villages("210727")).isEmpty();
    }

    @Test
    void villagesAreFoundByNameToleratingTheCommitteeSuffix() {
        assertThat(catalogue.villageByName("210727102", "杨千台村民委员会")).get().extracting(Division::code).isEqualTo("210727102202");
        assertThat(catalogue.villageByName("210727102", "杨千台村")).get().extracting(Division::code).isEqualTo("210727102202");
        assertThat(catalogue.villageByName("210727102", "杨千台")).get().extracting(Division::code).isEqualTo("210727102202");
        assertThat(catalogue.villageByName("210727102", "七里河社区")).get().extracting(Division::code).isEqualTo("210727102001");
        assertThat(catalogue.villageByName("210727102", "七里河村")).get().extracting(Division::code).isEqualTo("210727102224");
        assertThat(catalogue.villageByName("210727102", "七里河村委会")).get().extracting(Division::code).isEqualTo("210727102224");
    }

    @Test
    void aNameTwoVillagesShareMatchesNeither() {
        assertThat(catalogue.villageByName("210727102", "七里河")).isEmpty();
        assertThat(catalogue.villageByName("210727102", "不存在村")).isEmpty();
    }
}
