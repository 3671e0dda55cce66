package cn.screening.workstation.server;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.protocol.Change;
import cn.screening.workstation.protocol.ChangeResult;
import cn.screening.workstation.protocol.ChangeStatus;
import cn.screening.workstation.protocol.EnrolRequest;
import cn.screening.workstation.protocol.EnrolResponse;
import cn.screening.workstation.protocol.PullResponse;
import cn.screening.workstation.protocol.PulledRecord;
import cn.screening.workstation.protocol.PushRequest;
import cn.screening.workstation.protocol.PushResponse;
import cn.screening.workstation.server.TestStores.TestStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server in a JVM of its own, killed with SIGKILL right after it answers a push (and now
 * and then while a push is under way), round after round: every change it answered "applied" is
 * there after the restart, once, at the version it was given, and no version was handed out twice.
 * Runs on the store {@link TestStores#fresh} chooses (H2 by default, PostgreSQL with
 * -Dscreening.test.store=postgres).
 */
@Tag("slow")
class ServerKillTest {

    static final int ROUNDS = 20;
    static final int BATCH = 25;
    static final String SITE = "210727-C";

    @TempDir
    Path dir;

    @Test
    void whatTheServerAnsweredAppliedSurvivesSigkill() throws Exception {
        try (TestStore store = TestStores.fresh(dir.resolve("server"))) {
            String[] codes = new String[2];
            String adminToken;
            try (ServerServices setup = ServerServices.open(store.target(), 2, Clock.systemUTC())) {
                setup.administration().addSite(SITE, InstitutionType.COUNTY, "210727", "义县人民医院", null);
                codes[0] = setup.administration().enrolmentCode(SITE);
                codes[1] = setup.administration().enrolmentCode(SITE);
                adminToken = setup.administration().adminToken();
            }
            List<String> args = new ArrayList<>(store.serverOptions());
            args.addAll(List.of("--host", "127.0.0.1", "--port", "0"));

            Random random = new Random(20261207);
            Map<UUID, Long> acknowledged = new HashMap<>();
            Set<Long> versionsHandedOut = new HashSet<>();
            String token = null;
            PushRequest unanswered = null;
            int killedMidPush = 0;
            for (int round = 0; round < ROUNDS; round++) {
                ServerProcess server = ServerProcess.start(args, store.serverEnvironment());
                ApiClient api = client(server.port);
                if (token == null) {
                    token = enrol(api, codes[0]).token();
                }
                if (unanswered != null) {
                    // the client sends an unanswered batch again: applied now, or answered from the ledger if it was applied
                    record(pushed(api, token, unanswered), acknowledged, versionsHandedOut);
                    unanswered = null;
                }
                for (int i = 1 + random.nextInt(3); i > 0; i--) {
                    record(pushed(api, token, newBatch()), acknowledged, versionsHandedOut);
                }
                if (round % 3 == 2) {
                    unanswered = newBatch();
                    PushRequest inFlight = unanswered;
                    String t = token;
                    CompletableFuture<ApiClient.Answer> push = CompletableFuture.supplyAsync(() -> api.post("/push", t, inFlight));
                    push.completeOnTimeout(null, random.nextInt(40), TimeUnit.MILLISECONDS).join();
                    killedMidPush++;
                }
                server.kill();
            }

            try (ServerProcess server = ServerProcess.start(args, store.serverEnvironment())) {
                ApiClient api = client(server.port);
                if (unanswered != null) {
                    record(pushed(api, token, unanswered), acknowledged, versionsHandedOut);
                }
                ApiClient.Answer stats = api.get("/admin/stats", adminToken);
                assertThat(stats.status()).as(stats.body()).isEqualTo(200);
                assertThat(stats.json().get("patients").asLong()).isEqualTo(acknowledged.size());

                Map<UUID, Long> pulled = new HashMap<>();
                Set<Long> pulledVersions = new HashSet<>();
                String fresh = enrol(api, codes[1]).token();
                long cursor = 0;
                PullResponse page;
                do {
                    ApiClient.Answer a = api.get("/pull?after=" + cursor + "&limit=500", fresh);
                    assertThat(a.status()).as(a.body()).isEqualTo(200);
                    page = a.as(PullResponse.class);
                    for (PulledRecord r : page.records()) {
                        assertThat(pulledVersions.add(r.version())).as("version %d pulled twice", r.version()).isTrue();
                        if (r.entityType().equals("patient")) {
                            assertThat(pulled.put(r.entityId(), r.version())).as("patient %s pulled twice", r.entityId()).isNull();
                        }
                    }
                    cursor = page.nextCursor();
                } while (page.hasMore());
                assertThat(pulled).isEqualTo(acknowledged);
            }
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ROUNDS * BATCH);
            assertThat(killedMidPush).isPositive();
        }
    }

    private static ApiClient client(int port) {
        return new ApiClient(new OkHttpClient.Builder().callTimeout(60, TimeUnit.SECONDS).build(), "http://127.0.0.1:" + port + "/api/v1");
    }

    private static EnrolResponse enrol(ApiClient api, String code) {
        ApiClient.Answer a = api.post("/enrol", null, new EnrolRequest(code, "县医院电脑", "test"));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.as(EnrolResponse.class);
    }

    private static PushRequest newBatch() {
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            changes.add(Records.createPatient(UUID.randomUUID(), "患者" + Records.numeral(i), SITE));
        }
        return new PushRequest(UUID.randomUUID(), changes);
    }

    private static PushResponse pushed(ApiClient api, String token, PushRequest request) {
        ApiClient.Answer a = api.post("/push", token, request);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.as(PushResponse.class);
    }

    /** Every change answered applied, at a version never seen before. */
    private static void record(PushResponse response, Map<UUID, Long> acknowledged, Set<Long> versions) {
        for (ChangeResult r : response.results()) {
            assertThat(r.status()).as(r.toString()).isEqualTo(ChangeStatus.APPLIED);
            assertThat(versions.add(r.version())).as("version %d handed out twice", r.version()).isTrue();
            acknowledged.put(r.entityId(), r.version());
        }
    }
}
