package cn.screening.workstation.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DiseaseCatalogueTest {

    private final DiseaseCatalogue catalogue = DiseaseCatalogue.bundled(DiseaseSettings.DEFAULT);

    @Test
    void twentyOneDiseasesAreActiveByDefault() {
        assertThat(catalogue.active()).hasSize(21);
        assertThat(catalogue.all()).hasSize(30);
        assertThat(catalogue.active()).extracting(Disease::nameZh).startsWith("食管癌").endsWith("尿道下裂")
                .contains("血友病", "地中海贫血", "儿童白血病");
    }

    @Test
    void theLargerListsAreThereButInactiveUntilChosen() {
        assertThat(catalogue.isActive("STROKE")).isFalse();
        assertThat(catalogue.isActive("HEMOPHILIA")).isTrue();
        assertThat(catalogue.isActive("NO_SUCH")).isFalse();

        DiseaseCatalogue list25 = DiseaseCatalogue.bundled(new DiseaseSettings(25, 14));
        DiseaseCatalogue list30 = DiseaseCatalogue.bundled(new DiseaseSettings(30, 14));
        assertThat(list25.active()).hasSize(25).extracting(Disease::nameZh)
                .contains("耐多药结核病", "脑卒中", "慢阻肺", "艾滋病机会感染").doesNotContain("膀胱癌");
        assertThat(list30.active()).hasSize(30).extracting(Disease::nameZh)
                .contains("膀胱癌", "卵巢癌", "肾癌", "重性精神疾病", "风湿性心脏病");
    }

    @Test
    void onlyThe21_25And30ListsExist() {
        assertThatThrownBy(() -> new DiseaseSettings(22, 14)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DiseaseSettings(21, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void codesAreStableAsciiAndUnique() {
        assertThat(catalogue.all()).extracting(Disease::code).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[A-Z][A-Z0-9_]*"));
        assertThat(catalogue.all()).extracting(Disease::sortOrder).doesNotHaveDuplicates().isSorted();
        assertThat(catalogue.all()).allSatisfy(d -> assertThat(d.nameEn()).isNotBlank());
    }

    @Test
    void hemophiliaIsD66OrD67ButNotVonWillebrand() {
        Disease hemophilia = catalogue.find("HEMOPHILIA").orElseThrow();

        assertThat(hemophilia.nameZh()).isEqualTo("血友病");
        assertThat(hemophilia.childrenOnly()).isFalse();
        assertThat(hemophilia.matchesIcd10("D66")).isTrue();
        assertThat(hemophilia.matchesIcd10(" d67.000")).isTrue();
        assertThat(hemophilia.matchesIcd10("D68.0")).isFalse();
        assertThat(hemophilia.matchesIcd10(null)).isFalse();
    }

    @Test
    void endStageRenalDiseaseAcceptsTheOldAndNewCode() {
        Disease esrd = catalogue.find("END_STAGE_RENAL_DISEASE").orElseThrow();

        assertThat(esrd.matchesIcd10("N18.5")).isTrue();
        assertThat(esrd.matchesIcd10("N18.0")).isTrue();
        assertThat(esrd.matchesIcd10("N18.3")).isFalse();
    }

    @Test
    void childrensDiseasesStopAtTheAgeLimitInclusive() {
        Disease leukaemia = catalogue.find("CHILD_LEUKEMIA").orElseThrow();
        Disease hemophilia = catalogue.find("HEMOPHILIA").orElseThrow();

        assertThat(catalogue.active()).filteredOn(Disease::childrenOnly).extracting(Disease::code)
                .containsExactly("CHILD_LEUKEMIA", "CHILD_CONGENITAL_HEART_DISEASE", "CHILD_LYMPHOMA");
        assertThat(catalogue.ageEligible(leukaemia, 14)).isTrue();
        assertThat(catalogue.ageEligible(leukaemia, 15)).isFalse();
        assertThat(catalogue.ageEligible(hemophilia, 70)).isTrue();
        assertThat(DiseaseCatalogue.bundled(new DiseaseSettings(21, 18)).ageEligible(leukaemia, 15)).isTrue();
    }
}
