package cn.screening.workstation.server;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.ledger.DesignatedHospitals;
import cn.screening.workstation.domain.ledger.HospitalLevel;
import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.protocol.SiteInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * samples/sites-jinzhou.csv is what `server site add` takes, line by line, and holds every
 * designated hospital of the bundled attachment-1 list with the same county and level, and a
 * county health bureau for each of their counties.
 */
class SampleSitesTest {

    static final Path SITES = Path.of("samples/sites-jinzhou.csv");

    @TempDir
    Path dir;

    @Test
    void everyLineIsAcceptedAndTheAttachmentOneHospitalsAreAllThere() throws IOException {
        List<String> lines = Files.readAllLines(SITES, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("code,type,division,name,parent,level,diseases");
        try (ServerHarness server = ServerHarness.start(dir)) {
            var admin = server.services.administration();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",", -1);
                admin.addSite(f[0], InstitutionType.valueOf(f[1].toUpperCase(Locale.ROOT)), f[2], f[3], f[4].isEmpty() ? null : f[4],
                        f[5].isEmpty() ? null : HospitalLevel.valueOf(f[5].toUpperCase(Locale.ROOT)),
                        f[6].isEmpty() ? List.of() : Arrays.asList(f[6].split(";")));
            }
            List<SiteInfo> sites = admin.sites();
            for (DesignatedHospitals.Hospital h : DesignatedHospitals.bundled().all()) {
                assertThat(sites).as(h.name()).anySatisfy(s -> {
                    assertThat(s.name()).isEqualTo(h.name());
                    assertThat(s.type()).isEqualTo("designated");
                    assertThat(s.divisionCode()).startsWith(h.county());
                    assertThat(s.level()).isEqualTo(h.level().name().toLowerCase(Locale.ROOT));
                    assertThat(s.diseases()).isNotEmpty();
                });
                if (h.level() == HospitalLevel.COUNTY) {
                    assertThat(sites).as("bureau of " + h.county())
                            .anyMatch(s -> s.type().equals("bureau") && s.divisionCode().equals(h.county()));
                }
            }
        }
    }
}
