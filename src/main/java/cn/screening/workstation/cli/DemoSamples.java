package cn.screening.workstation.cli;

import cn.screening.workstation.domain.ledger.HospitalLevel;
import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.server.Administration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The sample lists the jar carries (the repository's samples/), copied out for the demonstration and its user. */
final class DemoSamples {

    static final String PATIENTS = "patients-yixian.csv";
    static final String SETTLEMENT = "settlement-yixian.csv";
    static final String SITES = "sites-jinzhou.csv";

    private DemoSamples() {
    }

    /** Copies the three lists into {@code folder}; returns it. */
    static Path copyTo(Path folder) {
        try {
            Files.createDirectories(folder);
            for (String name : List.of(PATIENTS, SETTLEMENT, SITES)) {
                try (InputStream in = DemoSamples.class.getResourceAsStream("/samples/" + name)) {
                    if (in == null) {
                        throw new IllegalStateException("the build left out samples/" + name);
                    }
                    Files.copy(in, folder.resolve(name));
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The province's sites: 义县's county hospital and 刘龙台镇's clinic under it, then every site of the
     * sample list of 锦州 (its designated hospitals with level and diseases, the county health bureaus).
     */
    static void addSites(Administration province, Path samples) {
        DemoSite county = DemoSite.county();
        province.addSite(county.code(), InstitutionType.COUNTY, county.division(), county.name(), null);
        DemoSite township = DemoSite.ALL.get(1);
        province.addSite(township.code(), InstitutionType.TOWNSHIP, township.division(), township.name(), township.parent());
        for (String line : lines(samples.resolve(SITES))) {
            String[] f = Arrays.copyOf(line.split(",", -1), 7);
            HospitalLevel level = f[5] == null || f[5].isBlank() ? null : HospitalLevel.valueOf(f[5].toUpperCase(Locale.ROOT));
            List<String> diseases = f[6] == null || f[6].isBlank() ? List.of() : List.of(f[6].split(";"));
            province.addSite(f[0], InstitutionType.valueOf(f[1].toUpperCase(Locale.ROOT)), f[2], f[3],
                    f[4] == null || f[4].isBlank() ? null : f[4], level, diseases);
        }
    }

    private static List<String> lines(Path csv) {
        try {
            List<String> all = Files.readAllLines(csv, StandardCharsets.UTF_8);
            return all.subList(1, all.size()).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
