package cn.screening.workstation.domain.division;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DivisionNamesTest {

    private final DivisionNames names = new DivisionNames();

    @Test
    void townshipCoresDropTheAdminSuffixAndEthnicGroups() {
        assertThat(names.townshipCore("七里河镇")).isEqualTo(new DivisionNames.Core("七里河", ""));
        assertThat(names.townshipCore("地藏寺满族乡")).isEqualTo(new DivisionNames.Core("地藏寺", ""));
        assertThat(names.townshipCore("某某回族彝族乡")).isEqualTo(new DivisionNames.Core("某某", ""));
        assertThat(names.townshipCore("某某民族乡")).isEqualTo(new DivisionNames.Core("某某", ""));
        assertThat(names.townshipCore("义州街道")).isEqualTo(new DivisionNames.Core("义州", ""));
    }

    @Test
    void aNameThatIsOnlyASuffixIsKept() {
        assertThat(names.townshipCore("镇").stem()).isEqualTo("镇");
        assertThat(names.villageCore("村").stem()).isEqualTo("村");
    }

    @Test
    void villageCoresDropTheCommitteeSuffix() {
        assertThat(names.villageCore("七里河社区居民委员会")).isEqualTo(new DivisionNames.Core("七里河", "社区"));
        assertThat(names.villageCore("杨千台村民委员会")).isEqualTo(new DivisionNames.Core("杨千台", "村"));
        assertThat(names.villageCore("杨千台村委会")).isEqualTo(new DivisionNames.Core("杨千台", "村"));
    }

    @Test
    void aVillageAndACommunityOfTheSameNameDoNotMatch() {
        assertThat(names.villageCore("七里河村").matches(names.villageCore("七里河社区居民委员会"))).isFalse();
        assertThat(names.villageCore("七里河").matches(names.villageCore("七里河社区居民委员会"))).isTrue();
        assertThat(names.villageCore("七里河村委会").matches(names.villageCore("七里河村民委员会"))).isTrue();
    }
}
