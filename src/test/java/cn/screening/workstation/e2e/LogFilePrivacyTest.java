package cn.screening.workstation.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import cn.screening.workstation.app.Logging;
import cn.screening.workstation.domain.referral.BackReferral;
import cn.screening.workstation.domain.referral.Referral;
import cn.screening.workstation.domain.user.Role;
import cn.screening.workstation.service.ImportSummary;
import cn.screening.workstation.service.PatientImport;
import cn.screening.workstation.service.referral.Referrals;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The log file in the data folder, written at DEBUG through a whole working day (the sample patient
 * list imported, synced with the real server on loopback, a patient referred up and back down),
 * holds no name, ID number or phone of the fixture, in full or in the obvious parts.
 */
@Tag("slow")
class LogFilePrivacyTest {

    @TempDir
    Path dir;

    @Test
    void aDayAtDebugLeavesNoNameIdNumberOrPhoneInTheLogFile() throws Exception {
        Path logFolder = dir.resolve("county");
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        Level level = root.getLevel();
        RollingFileAppender<ILoggingEvent> file = Logging.toFolder(logFolder);
        root.setLevel(Level.DEBUG);
        // the loopback server's own web stack runs in this JVM but never in a workstation's: left at INFO, its
        // connection-level DEBUG would only slow the run past the sync's timeouts
        Logger jetty = ctx.getLogger("org.eclipse.jetty");
        Level jettyLevel = jetty.getLevel();
        jetty.setLevel(Level.INFO);
        List<String> referred = new ArrayList<>();
        try (Province province = ReferralEndToEndTest.province(dir);
             Station county = Station.enrolledAsDoctor(dir.resolve("county"), Province.YIXIAN, province, Role.COUNTY_DOCTOR);
             Station hospital = Station.enrolledAsDoctor(dir.resolve("hospital"), ReferralEndToEndTest.HOSPITAL, province,
                     Role.DESIGNATED_PHYSICIAN)) {
            PatientImport importer = county.services.patientImport();
            for (String list : List.of("samples/patients-yixian.csv", "samples/patients-groups.csv")) {
                ImportSummary s = importer.commit(importer.preview(Path.of(list)));
                assertThat(s.imported()).isPositive();
            }
            assertThat(county.sync().allClear()).isTrue();

            UUID caseId = ReferralEndToEndTest.registerCase(county, "刘小川", 41);
            referred.add("刘小川");
            referred.add(cn.screening.workstation.service.TestSites.yixianId(ReferralEndToEndTest.BIRTH, 41));
            Referrals sender = county.services.referrals();
            Referral draft = ReferralEndToEndTest.sentDraft(sender, caseId, ReferralEndToEndTest.HOSPITAL.siteCode());
            sender.submit(draft.id());
            assertThat(county.sync().allClear()).isTrue();
            assertThat(hospital.sync().allClear()).isTrue();
            Referrals receiver = hospital.services.referrals();
            receiver.accept(draft.id(), "血液内科");
            receiver.admit(draft.id(), true, "ZY-0815", null);
            receiver.writeBackReferral(draft.id(), new BackReferral("血友病A（重型）", "ZY-0815", "FVIII:C 0.8%", "rFVIII 替代治疗",
                    "预防治疗", "关节康复", "刘医生", "024-1234", LocalDate.now()));
            assertThat(hospital.sync().allClear()).isTrue();
            assertThat(county.sync().allClear()).isTrue();
            sender.acknowledgeBackReferral(draft.id());
            assertThat(county.sync().allClear()).isTrue();
        } finally {
            root.setLevel(level);
            jetty.setLevel(jettyLevel);
            root.detachAppender(file);
            file.stop();
        }

        String log = logText(logFolder.resolve("logs"));
        // the capture works: the day's sync and import lines are in the file
        assertThat(log).contains("DEBUG").contains("batch");
        Set<String> secrets = new LinkedHashSet<>(fixtureSecrets(Path.of("samples/patients-yixian.csv")));
        secrets.addAll(fixtureSecrets(Path.of("samples/patients-groups.csv")));
        secrets.addAll(referred);
        assertThat(secrets).hasSizeGreaterThan(500);
        List<String> found = secrets.stream().filter(log::contains).toList();
        assertThat(found).as("names, ID numbers and phones in the log file").isEmpty();
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(logFolder.resolve("logs/workstation.log"))))
                    .isEqualTo("rw-------");
        }
    }

    static String logText(Path logs) throws IOException {
        try (Stream<Path> files = Files.list(logs)) {
            StringBuilder b = new StringBuilder();
            for (Path f : files.sorted().toList()) {
                b.append(Files.readString(f, StandardCharsets.UTF_8));
            }
            return b.toString();
        }
    }

    /** Each row's name, ID number and phone, in full and in the parts that would still identify: 17 or 12 digits of the ID, 9 of the phone, the given name. */
    static List<String> fixtureSecrets(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).replace("\uFEFF", "").split(","));
        int name = header.indexOf("姓名");
        int id = header.indexOf("身份证号码");
        int phone = header.indexOf("联系电话");
        List<String> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.replace("\"", "").split(",", -1);
            if (name >= 0 && f.length > name && f[name].strip().length() >= 2) {
                String n = f[name].strip();
                out.add(n);
                if (n.length() >= 3) {
                    out.add(n.substring(1));
                }
            }
            if (id >= 0 && f.length > id && f[id].strip().length() >= 15) {
                String i = f[id].strip();
                out.add(i);
                out.add(i.substring(0, i.length() - 1));
                out.add(i.substring(i.length() - 12));
            }
            if (phone >= 0 && f.length > phone && f[phone].strip().length() == 11) {
                String p = f[phone].strip();
                out.add(p);
                out.add(p.substring(0, 9));
                out.add(p.substring(2));
            }
        }
        return out.stream().distinct().collect(Collectors.toList());
    }
}
