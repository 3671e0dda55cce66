package cn.screening.workstation.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReleaseTest {

    @Test
    void releasesCompareNumberByNumber() {
        assertThat(Release.older("0.1.0", "0.2")).isTrue();
        assertThat(Release.older("0.9", "0.10")).isTrue();
        assertThat(Release.older("0.10", "0.9")).isFalse();
        assertThat(Release.older("1", "1.0.0")).isFalse();
        assertThat(Release.older("1.0.0", "1")).isFalse();
        assertThat(Release.older("1.2.3", "1.2.4")).isTrue();
        assertThat(Release.valid("0.2.0")).isTrue();
        assertThat(Release.valid("v0.2")).isFalse();
        assertThat(Release.valid("1.2.3.4")).isFalse();
        assertThat(Release.valid(null)).isFalse();
    }
}
