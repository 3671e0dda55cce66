package cn.screening.workstation.server;

import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.protocol.Change;
import cn.screening.workstation.protocol.EnrolRequest;
import cn.screening.workstation.protocol.EnrolResponse;
import cn.screening.workstation.protocol.PullResponse;
import cn.screening.workstation.protocol.PushRequest;
import cn.screening.workstation.protocol.PushResponse;
import cn.screening.workstation.server.http.ApiServer;
import cn.screening.workstation.server.http.HttpOptions;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/**
 * A real server on a loopback port over a given store, with the test province's sites: 义县 (county)
 * with one township, 黑山县 (another county) with one township, and a designated hospital.
 */
public final class ServerHarness implements AutoCloseable {

    public static final String COUNTY = "210727-C";
    public static final String TOWNSHIP = "210727101-T";
    public static final String OTHER_COUNTY = "210726-C";
    public static final String OTHER_TOWNSHIP = "210726100-T";
    public static final String DESIGNATED = "210000-D";

    public final ServerServices services;
    public final ApiServer api;
    public final ApiClient client;
    public final String adminToken;
    public final TestStores.TestStore store;

    private ServerHarness(TestStores.TestStore store, ServerServices services, ApiServer api, OkHttpClient http) {
        this.store = store;
        this.services = services;
        this.api = api;
        this.client = new ApiClient(http, "http://127.0.0.1:" + api.port() + ApiServer.BASE);
        this.adminToken = services.administration().adminToken();
    }

    /** A server over a fresh store of the kind the test run asks for (see TestStores); {@code dir} holds it when it is H2. */
    public static ServerHarness start(Path dir) {
        return start(dir, HttpOptions.plain("127.0.0.1", 0));
    }

    public static ServerHarness start(Path dir, HttpOptions options) {
        return start(dir, options, Clock.systemUTC());
    }

    /** With the store's clock given, so a test can move time (token expiry). */
    public static ServerHarness start(Path dir, HttpOptions options, Clock clock) {
        TestStores.TestStore store = TestStores.fresh(dir);
        ServerServices services = null;
        try {
            services = ServerServices.open(store.target(), 8, clock);
            var admin = services.administration();
            admin.addSite(COUNTY, InstitutionType.COUNTY, "210727", "义县人民医院", null);
            admin.addSite(TOWNSHIP, InstitutionType.TOWNSHIP, "210727101", "七里河镇卫生院", COUNTY);
            admin.addSite(OTHER_COUNTY, InstitutionType.COUNTY, "210726", "黑山县人民医院", null);
            admin.addSite(OTHER_TOWNSHIP, InstitutionType.TOWNSHIP, "210726100", "黑山镇卫生院", OTHER_COUNTY);
            admin.addSite(DESIGNATED, InstitutionType.DESIGNATED, "210100", "省血液病定点医院", null);
            ApiServer api = ApiServer.start(services, options);
            OkHttpClient http = new OkHttpClient.Builder().callTimeout(20, TimeUnit.SECONDS).build();
            return new ServerHarness(store, services, api, http);
        } catch (RuntimeException e) {
            // a half-started server leaves no schema behind
            if (services != null) {
                services.close();
            }
            store.close();
            throw e;
        }
    }

    /** Enrols a device of {@code site} the way a client does: a code from the admin side, then POST /enrol. */
    public EnrolResponse enrol(String site) {
        String code = services.administration().enrolmentCode(site);
        ApiClient.Answer a = client.post("/enrol", null, new EnrolRequest(code, "PC of " + site, "test"));
        if (a.status() != 200) {
            throw new AssertionError("enrol failed: " + a);
        }
        return a.as(EnrolResponse.class);
    }

    public ApiClient.Answer pushRaw(String token, UUID batchId, List<Change> changes) {
        return client.post("/push", token, new PushRequest(batchId, changes));
    }

    public PushResponse push(String token, Change... changes) {
        ApiClient.Answer a = pushRaw(token, UUID.randomUUID(), List.of(changes));
        if (a.status() != 200) {
            throw new AssertionError("push failed: " + a);
        }
        return a.as(PushResponse.class);
    }

    public PullResponse pull(String token, long after, int limit) {
        ApiClient.Answer a = client.get("/pull?after=" + after + "&limit=" + limit, token);
        if (a.status() != 200) {
            throw new AssertionError("pull failed: " + a);
        }
        return a.as(PullResponse.class);
    }

    public JsonNode stats() {
        ApiClient.Answer a = client.get("/admin/stats", adminToken);
        if (a.status() != 200) {
            throw new AssertionError("stats failed: " + a);
        }
        return a.json();
    }

    @Override
    public void close() {
        api.close();
        services.close();
        store.close();
    }
}
