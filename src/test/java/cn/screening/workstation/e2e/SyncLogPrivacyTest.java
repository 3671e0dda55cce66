package cn.screening.workstation.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.sync.SyncReport;
import cn.screening.workstation.server.store.StoreTarget;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * No full ID number, name or phone in any log line (PIPL: logs are kept and read by support staff):
 * full syncs of a township and its county against the real server on loopback, through the paths
 * most likely to quote a record (a refused duplicate, a pulled record the store will not take), with
 * every log event of the JVM captured at the level the window logs at.
 */
@Tag("slow")
class SyncLogPrivacyTest {

    @TempDir
    Path dir;
    final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    Logger root;
    Level rootLevel;

    @BeforeEach
    void capture() {
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        rootLevel = root.getLevel();
        captured.setContext(ctx);
        captured.start();
        root.addAppender(captured);
        root.setLevel(Level.INFO); // as app.Logging sets it for logs/ in the data folder
    }

    @AfterEach
    void release() {
        root.detachAppender(captured);
        root.setLevel(rootLevel);
        captured.stop();
    }

    String logText() {
        return captured.list.stream().map(e -> e.getLoggerName() + " " + e.getFormattedMessage()
                + (e.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(e.getThrowableProxy())))
                .collect(Collectors.joining("\n"));
    }

    static Patient withPhone(Patient p, String phone) {
        return new Patient(p.id(), p.name(), p.idType(), p.idNumber(), p.sex(), p.birthDate(), p.ethnicityCode(), phone, p.address(),
                p.guardian(), p.povertyStatus(), p.insurance(), p.registeredSite(), p.meta());
    }

    static Patient store(Station s, Patient p) {
        return s.ws.database().write(s.ws.session().actor(), tx -> s.ws.patients().insert(tx, p));
    }

    @Test
    void aFullSyncLogsNoPatientsFullIdNumberNameOrPhone() {
        try (Province province = Province.start(dir.resolve("server"));
             Station township = Station.enrolled(dir.resolve("township"), Province.QILIHE, province, province.url());
             Station county = Station.enrolled(dir.resolve("county"), Province.YIXIAN, province, province.url())) {
            List<Patient> people = new ArrayList<>();
            String[] names = {"欧阳明华", "司马静怡", "诸葛文博"};
            for (int i = 0; i < names.length; i++) {
                people.add(store(township, withPhone(township.newPatient(names[i]), "1395550" + (1000 + i))));
            }
            assertThat(township.sync().quarantined()).isZero();

            people.add(store(county, withPhone(county.newPatient("上官婉清"), "13955502001")));
            // the same person registered again at the county: refused by the server, and the township's copy not storable here
            Patient again = people.get(0);
            people.add(store(county, new Patient(java.util.UUID.randomUUID(), "欧阳敏华", again.idType(), again.idNumber(), again.sex(),
                    again.birthDate(), again.ethnicityCode(), "13955502002", again.address(), null, again.povertyStatus(),
                    again.insurance(), county.site.siteCode(), null)));
            SyncReport first = county.sync();
            assertThat(first.quarantined()).isEqualTo(1);
            assertThat(first.unstored()).isEqualTo(1);

            township.edit(people.get(1).id(), p -> withPhone(p, "13955503001"));
            township.sync();
            county.sync();

            String log = logText();
            // the capture works: the sync's own lines are in it, the unstored record's among them
            assertThat(log).contains("batch").contains("not stored").contains("sync.unstored.duplicateIdentity");
            for (Patient p : people) {
                assertThat(log).doesNotContain(p.idNumber()).doesNotContain(p.name()).doesNotContain(p.phone());
            }
            assertThat(log).doesNotContain("13955503001");
        }
    }

    @Test
    void aWriteTheServersStoreRefusesIsLoggedWithoutTheRow() throws Exception {
        try (Province province = Province.start(dir.resolve("server"));
             Station county = Station.enrolled(dir.resolve("county"), Province.YIXIAN, province, province.url())) {
            Patient good = store(county, withPhone(county.newPatient("慕容雪晴"), "13955504001"));
            Patient refused = store(county, withPhone(county.newPatient("东方拒存"), "13955504002"));
            // a rule only the database knows, whose refusal message quotes the refused patient's ID number
            // (PostgreSQL's quotes the whole row)
            StoreTarget store = province.store.target();
            try (Connection c = DriverManager.getConnection(store.url(), store.user(), store.password());
                 Statement st = c.createStatement()) {
                st.execute("ALTER TABLE sync_record ADD CONSTRAINT no_test_marker CHECK (payload NOT LIKE '%" + refused.idNumber() + "%')");
            }

            assertThat(county.sync().quarantined()).isEqualTo(1);

            String log = logText();
            assertThat(log).contains("judging them one by one").contains("answered rejected");
            for (Patient p : List.of(good, refused)) {
                assertThat(log).doesNotContain(p.idNumber()).doesNotContain(p.name()).doesNotContain(p.phone());
            }
        }
    }
}
