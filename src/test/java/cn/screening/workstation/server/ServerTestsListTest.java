package cn.screening.workstation.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL run of `mvn verify` takes its classes from src/test/server-tests.txt: a test class
 * that starts a server (through ServerHarness, Province or TestStores, directly or by a helper) and
 * is not named there would pass on H2 alone.
 */
class ServerTestsListTest {

    static final Path LIST = Path.of("src/test/server-tests.txt");
    static final Set<String> HARNESS = Set.of(ServerHarness.class.getName(), TestStores.class.getName(),
            "cn.screening.workstation.e2e.Province");

    @Test
    void everyTestThatStartsAServerIsInThePostgresRun() throws IOException, URISyntaxException {
        List<Pattern> listed = Files.readAllLines(LIST).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(ServerTestsListTest::antPattern)
                .toList();
        Set<String> serverTests = serverTestFiles();
        assertThat(serverTests).as("the harness's own users are found").contains(
                "cn/screening/workstation/ui/SyncStatusBarTest.java", "cn/screening/workstation/e2e/EndToEndTest.java");

        assertThat(serverTests.stream().filter(f -> listed.stream().noneMatch(p -> p.matcher(f).matches())))
                .as("test classes that start a server but are missing from " + LIST)
                .isEmpty();
    }

    /** The source file of every test class that reaches the harness, following test helpers too. */
    private static Set<String> serverTestFiles() throws URISyntaxException {
        Path testClasses = Path.of(ServerTestsListTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        // names are enough: no resolving of every library class the tests touch
        JavaClasses tests = ArchConfiguration.withThreadLocalScope(config -> {
            config.setResolveMissingDependenciesFromClassPath(false);
            return new ClassFileImporter().importPath(testClasses);
        });
        Set<String> reaching = new HashSet<>(HARNESS);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (JavaClass c : tests) {
                if (!reaching.contains(c.getName()) && c.getDirectDependenciesFromSelf().stream()
                        .map(Dependency::getTargetClass).anyMatch(t -> reaching.contains(t.getName()))) {
                    grew = reaching.add(c.getName()) || grew;
                }
            }
        }
        Set<String> files = new TreeSet<>();
        for (String name : reaching) {
            String topLevel = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
            if (topLevel.endsWith("Test")) {
                files.add(topLevel.replace('.', '/') + ".java");
            }
        }
        return files;
    }

    /** An Ant-style include pattern, as Surefire reads it, as a regular expression. */
    static Pattern antPattern(String glob) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char ch = glob.charAt(i);
            if (glob.startsWith("**/", i)) {
                re.append("(?:.*/)?");
                i += 2;
            } else if (glob.startsWith("**", i)) {
                re.append(".*");
                i++;
            } else if (ch == '*') {
                re.append("[^/]*");
            } else if (ch == '?') {
                re.append("[^/]");
            } else {
                re.append(Pattern.quote(String.valueOf(ch)));
            }
        }
        return Pattern.compile(re.toString());
    }
}
