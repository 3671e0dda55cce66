package cn.screening.workstation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.division.Division;
import cn.screening.workstation.domain.patient.PovertyStatus;
import cn.screening.workstation.service.LoginResult;
import cn.screening.workstation.service.PatientBrowser;
import cn.screening.workstation.service.RuleBook;
import cn.screening.workstation.service.Texts;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.Workstation;
import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.store.LockoutPolicy;
import cn.screening.workstation.store.StoreOptions;
import cn.screening.workstation.ui.Kits;
import cn.screening.workstation.ui.RecordingErrors;
import cn.screening.workstation.ui.patients.PatientListViewModel;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * `export patients` with a filter writes exactly the patients the 患者 screen lists for the same
 * filter, masked the same way and in the same order: samples/patients-yixian.csv imported from the
 * command line into a real data folder, then the screen's view model paged through on that store.
 */
class PatientExportAgreesWithScreenTest {

    @TempDir
    Path dir;
    final Map<String, String> env = new HashMap<>();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cl = new CommandLine(new RootCommand((d, l) -> {
            throw new AssertionError("no window in headless tests");
        }, env::get));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    String data() {
        return dir.resolve("data").toString();
    }

    @BeforeEach
    void importTheSampleList() {
        env.put("SCREENING_PASSWORD", "admin-pass-1");
        assertThat(run("--data", data(), "setup", "--type", "county", "--division", "210727", "--name", "义县人民医院",
                "--admin", "admin")).isZero();
        env.put("SCREENING_NEW_PASSWORD", "doctor-pass-1");
        assertThat(run("--data", data(), "--user", "admin", "user", "add", "--username", "doctor", "--name", "李医生",
                "--role", "county_doctor")).isZero();
        env.put("SCREENING_PASSWORD", "doctor-pass-1");
        assertThat(run("--data", data(), "--user", "doctor", "import", "patients", "--file", "samples/patients-yixian.csv",
                "--report", dir.resolve("report.csv").toString())).isZero();
    }

    /** The screen's filter fields, and the same filter as `export patients` options. */
    record Filter(String label, Consumer<PatientListViewModel> onScreen, String... options) {
    }

    @Test
    void theExportAndTheScreenGiveTheSamePatientsForTheSameFilter() throws Exception {
        List<Filter> filters = List.of(
                new Filter("everyone", vm -> { }),
                new Filter("name", vm -> vm.name().set("王"), "--name", "王"),
                new Filter("id", vm -> vm.idNumber().set("2107271980"), "--id", "2107271980"),
                new Filter("township", vm -> vm.township().set(township(vm, "七里河镇")), "--township", "七里河镇"),
                new Filter("poverty", vm -> vm.poverty().set(PovertyStatus.MINIMUM_LIVING), "--poverty", "低保"),
                new Filter("township and group", vm -> {
                    vm.township().set(township(vm, "瓦子峪镇"));
                    vm.poverty().set(PovertyStatus.NONE);
                }, "--township", "210727108", "--poverty", "NONE"));
        Map<String, List<List<String>>> exported = new HashMap<>();
        for (Filter f : filters) {
            Path out = dir.resolve(f.label() + ".csv");
            List<String> args = new ArrayList<>(List.of("--data", data(), "--user", "doctor", "export", "patients",
                    "--out", out.toString()));
            args.addAll(List.of(f.options()));
            assertThat(run(args.toArray(String[]::new))).as(f.label() + ": " + err).isZero();
            exported.put(f.label(), nameAndId(out));
        }

        Workstation w = new Workstation(dir.resolve("data"), LockoutPolicy.DEFAULT, StoreOptions.DEFAULT, Clock.systemDefaultZone());
        try (Workspace ws = ((LoginResult.Success) w.login("doctor", "doctor-pass-1".toCharArray())).workspace()) {
            Texts texts = new Texts(Locale.SIMPLIFIED_CHINESE);
            PatientBrowser browser = new Services(ws, RuleBook.defaults(), texts, ZoneId.of("Asia/Shanghai")).patientBrowser();
            for (Filter f : filters) {
                PatientListViewModel vm = new PatientListViewModel(browser, RuleBook.defaults(), "210727",
                        Kits.direct(new RecordingErrors()));
                vm.load();
                f.onScreen().accept(vm);
                vm.search();
                List<List<String>> shown = new ArrayList<>();
                do {
                    vm.items().forEach(i -> shown.add(List.of(i.maskedName(), i.maskedIdNumber())));
                } while (vm.hasNext().get() && next(vm));
                assertThat(shown).as(f.label()).isNotEmpty().containsExactlyElementsOf(exported.get(f.label()));
                assertThat(vm.total()).as(f.label()).isEqualTo(shown.size());
            }
        }
        assertThat(exported.get("everyone")).hasSize(224);
        assertThat(exported.get("everyone")).allSatisfy(row -> assertThat(row.get(1)).matches("\\d{6}\\*{8}[\\dX]{4}"));
    }

    private static boolean next(PatientListViewModel vm) {
        vm.nextPage();
        return true;
    }

    private static Division township(PatientListViewModel vm, String name) {
        return vm.townships().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    /** The name and ID columns of an export, header and BOM left out. */
    private static List<List<String>> nameAndId(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        return lines.stream().skip(1).map(l -> l.split(",", -1)).map(c -> List.of(c[0], c[1])).toList();
    }
}
