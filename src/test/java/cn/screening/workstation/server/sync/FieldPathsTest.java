package cn.screening.workstation.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A field path is accepted exactly as the protocol's pattern says: dotted segments [A-Za-z_][A-Za-z0-9_]{0,63}, at most 8 deep and 200 long. */
class FieldPathsTest {

    private static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}(\\.[A-Za-z_][A-Za-z0-9_]{0,63}){0,7}");

    @Test
    void acceptsWhatThePatternAcceptsAndNothingElse() {
        List<String> accepted = List.of("name", "_x", "address.townshipCode", "a1.b_2.c", "a.b.c.d.e.f.g.h", "x".repeat(64));
        List<String> refused = List.of("", ".", "a.", ".a", "a..b", "1a", "a.1b", "a-b", "名字", "a b", "a.b.c.d.e.f.g.h.i",
                "x".repeat(65), "a." + "x".repeat(65), "é");
        accepted.forEach(p -> assertThat(FieldPaths.isValid(p)).as(p).isTrue());
        refused.forEach(p -> assertThat(FieldPaths.isValid(p)).as(p).isFalse());
        assertThat(FieldPaths.isValid(null)).isFalse();
        assertThat(FieldPaths.isValid(("abcd" + ".abcd".repeat(7)).replace("abcd", "a".repeat(30)))).as("over 200 characters").isFalse();
    }

    @Test
    void agreesWithThePatternOnRandomPaths() {
        Random random = new Random(11);
        String alphabet = "aZ_09.-é";
        for (int n = 0; n < 200_000; n++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(random.nextInt(10) == 0 ? 220 : 12);
            for (int i = 0; i < length; i++) {
                b.append(random.nextInt(3) == 0 ? alphabet.charAt(random.nextInt(alphabet.length())) : 'q');
            }
            String p = b.toString();
            assertThat(FieldPaths.isValid(p)).as(p).isEqualTo(p.length() <= FieldPaths.MAX_LENGTH && PATH.matcher(p).matches());
        }
    }
}
