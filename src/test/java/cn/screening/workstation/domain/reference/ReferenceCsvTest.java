package cn.screening.workstation.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceCsvTest {

    @Test
    void splitsPlainAndQuotedFields() {
        assertThat(ReferenceCsv.split("210727102,\"七里河镇\",210727")).containsExactly("210727102", "七里河镇", "210727");
        assertThat(ReferenceCsv.split("\"a\",\"b\"")).containsExactly("a", "b");
        assertThat(ReferenceCsv.split("a,\"x,y\",b")).containsExactly("a", "x,y", "b");
    }

    @Test
    void keepsEmptyFieldsAtEitherEnd() {
        assertThat(ReferenceCsv.split("a,")).containsExactly("a", "");
        assertThat(ReferenceCsv.split(",b")).containsExactly("", "b");
        assertThat(ReferenceCsv.split("a,,c")).containsExactly("a", "", "c");
    }

    @Test
    void unescapesDoubledQuotes() {
        assertThat(ReferenceCsv.split("1,\"say \"\"hi\"\"\",2")).containsExactly("1", "say \"hi\"", "2");
    }

    @Test
    void readsABundledTableWithoutItsHeader() {
        List<String[]> rows = new ArrayList<>();
        ReferenceCsv.read("/cn/screening/workstation/divisions/provinces.csv", rows::add);

        assertThat(rows).hasSize(31);
        assertThat(rows.get(0)).containsExactly("11", "北京市");
    }

    @Test
    void readsAGzippedTable() {
        List<String[]> rows = new ArrayList<>();
        ReferenceCsv.read("/cn/screening/workstation/divisions/streets.csv.gz", rows::add);

        assertThat(rows).hasSizeGreaterThan(40_000);
        assertThat(rows.get(0)).containsExactly("110101001", "东华门街道", "110101", "11", "1101");
    }

    @Test
    void aMissingTableIsReported() {
        assertThatThrownBy(() -> ReferenceCsv.read("/nowhere.csv", r -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("/nowhere.csv");
    }
}
