package cn.screening.workstation.e2e;

import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.domain.site.SiteProfile;
import cn.screening.workstation.protocol.EnrolRequest;
import cn.screening.workstation.protocol.EnrolResponse;
import cn.screening.workstation.protocol.PullResponse;
import cn.screening.workstation.protocol.PulledRecord;
import cn.screening.workstation.server.ApiClient;
import cn.screening.workstation.server.ServerServices;
import cn.screening.workstation.server.http.ApiServer;
import cn.screening.workstation.server.http.HttpOptions;
import cn.screening.workstation.server.TestStores;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/**
 * The reference provincial server on a loopback port over the store the test run asks for (an H2
 * folder or a PostgreSQL schema, see TestStores), with the sites the end-to-end tests use: 义县
 * (county), one of its townships, and 黑山县 (another county).
 */
final class Province implements AutoCloseable {

    static final SiteProfile YIXIAN = new SiteProfile("210727-C", InstitutionType.COUNTY, "210727", "义县人民医院");
    static final SiteProfile QILIHE = new SiteProfile("210727102-T", InstitutionType.TOWNSHIP, "210727102", "七里河镇卫生院");
    static final SiteProfile HEISHAN = new SiteProfile("210726-C", InstitutionType.COUNTY, "210726", "黑山县人民医院");

    final TestStores.TestStore store;
    final ServerServices services;
    final ApiServer api;
    private final ApiClient http;
    private final String adminToken;

    private Province(TestStores.TestStore store, ServerServices services, ApiServer api) {
        this.store = store;
        this.services = services;
        this.api = api;
        this.http = new ApiClient(new OkHttpClient.Builder().callTimeout(30, TimeUnit.SECONDS).build(), url() + ApiServer.BASE);
        this.adminToken = services.administration().adminToken();
    }

    static Province start(Path dir) {
        return start(dir, HttpOptions.DEFAULT_MAX_BODY);
    }

    /** The same, taking request bodies of at most {@code maxBody} bytes. */
    static Province start(Path dir, long maxBody) {
        TestStores.TestStore store = TestStores.fresh(dir);
        ServerServices services = null;
        try {
            services = ServerServices.open(store.target(), 8, Clock.systemUTC());
            var admin = services.administration();
            admin.addSite(YIXIAN.siteCode(), YIXIAN.type(), YIXIAN.divisionCode(), YIXIAN.name(), null);
            admin.addSite(QILIHE.siteCode(), QILIHE.type(), QILIHE.divisionCode(), QILIHE.name(), YIXIAN.siteCode());
            admin.addSite(HEISHAN.siteCode(), HEISHAN.type(), HEISHAN.divisionCode(), HEISHAN.name(), null);
            return new Province(store, services, ApiServer.start(services, HttpOptions.plain("127.0.0.1", 0).withMaxBody(maxBody)));
        } catch (RuntimeException e) {
            // a half-started province leaves no schema behind
            if (services != null) {
                services.close();
            }
            store.close();
            throw e;
        }
    }

    String url() {
        return "http://127.0.0.1:" + api.port();
    }

    int port() {
        return api.port();
    }

    /** A one-time enrolment code, as `server enrol --site` prints it. */
    String enrolmentCode(SiteProfile site) {
        return services.administration().enrolmentCode(site.siteCode());
    }

    /** GET /admin/stats with the admin token. */
    JsonNode stats() {
        ApiClient.Answer a = http.get("/admin/stats", adminToken);
        if (a.status() != 200) {
            throw new AssertionError("stats: " + a);
        }
        return a.json();
    }

    long patients() {
        return stats().path("patients").asLong();
    }

    /** Every patient id a fresh device of {@code site} pulls, one entry per record pulled (so doubles would show). */
    List<UUID> patientIdsSeenBy(SiteProfile site) {
        return patientsSeenBy(site).stream().map(PulledRecord::entityId).toList();
    }

    /** Every live patient record a fresh device of {@code site} pulls, as the server holds it. */
    List<PulledRecord> patientsSeenBy(SiteProfile site) {
        ApiClient.Answer e = http.post("/enrol", null, new EnrolRequest(enrolmentCode(site), "auditor", "test"));
        if (e.status() != 200) {
            throw new AssertionError("enrol: " + e);
        }
        String token = e.as(EnrolResponse.class).token();
        List<PulledRecord> ids = new ArrayList<>();
        long after = 0;
        for (int page = 0; page < 10_000; page++) {
            ApiClient.Answer a = http.get("/pull?after=" + after + "&limit=1000", token);
            if (a.status() != 200) {
                throw new AssertionError("pull: " + a);
            }
            PullResponse r = a.as(PullResponse.class);
            for (PulledRecord rec : r.records()) {
                if ("patient".equals(rec.entityType()) && !rec.deleted()) {
                    ids.add(rec);
                }
            }
            after = r.nextCursor();
            if (!r.hasMore()) {
                return ids;
            }
        }
        throw new AssertionError("pull did not end");
    }

    @Override
    public void close() {
        api.close();
        services.close();
        store.close();
    }
}
