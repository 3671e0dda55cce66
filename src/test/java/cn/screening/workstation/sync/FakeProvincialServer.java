package cn.screening.workstation.sync;

import cn.screening.workstation.protocol.WireJson;
import cn.screening.workstation.protocol.ChangeResult;
import cn.screening.workstation.protocol.ChangeStatus;
import cn.screening.workstation.protocol.Change;
import cn.screening.workstation.protocol.EnrolRequest;
import cn.screening.workstation.protocol.EnrolResponse;
import cn.screening.workstation.protocol.ErrorBody;
import cn.screening.workstation.protocol.Health;
import cn.screening.workstation.protocol.PullResponse;
import cn.screening.workstation.protocol.PulledRecord;
import cn.screening.workstation.protocol.PushRequest;
import cn.screening.workstation.protocol.PushResponse;
import cn.screening.workstation.protocol.Reason;
import cn.screening.workstation.protocol.SiteInfo;
import cn.screening.workstation.store.RecordPayloads;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import javax.net.ssl.SSLContext;

/**
 * The protocol's semantics at their smallest, on a loopback port, until the real server lands:
 * applied or duplicate by change id, conflict by base version per field, rejected for a marked
 * name, answers replayed by batch id, paged pull; and faults queued per request.
 */
final class FakeProvincialServer implements AutoCloseable {

    /** What the next request(s) to push or pull get instead of a plain answer. */
    /** ANSWER_ALL_BUT_LAST applies the whole batch but leaves the last change out of its answer. */
    enum Fault { HTTP_502, HTTP_503, HTML, TRUNCATED, TOKEN_REVOKED, APPLY_THEN_502, ANSWER_ALL_BUT_LAST }

    static final String ENROL_CODE = "CODE-1";
    static final String TOKEN = "device-token-1";
    static final String REJECTED_NAME = "拒收测试";

    private record Stored(String type, UUID id, long version, ObjectNode payload, Map<String, Long> fieldVersions,
                          Instant updatedAt, String site, boolean deleted) {
        PulledRecord pulled() {
            return new PulledRecord(type, id, version, payload.deepCopy(), updatedAt, site, deleted);
        }
    }

    private final HttpServer http;
    private final boolean tls;
    private final String siteCode;
    private final Map<UUID, Stored> records = new HashMap<>();
    private final Map<UUID, ChangeResult> answered = new HashMap<>();
    private final Map<UUID, byte[]> batches = new HashMap<>();
    private final List<UUID> batchIdsSeen = new ArrayList<>();
    private final List<Integer> batchSizes = new ArrayList<>();
    private final Deque<Fault> faults = new ArrayDeque<>();
    private final AtomicLong ticker = new AtomicLong();
    private long seq;
    private Duration pushTakes = Duration.ZERO;
    private int pageSize = Integer.MAX_VALUE;
    private boolean revoked;
    private final Map<Integer, Fault> pullFaults = new HashMap<>();
    private int pulls;
    private volatile Consumer<PushRequest> beforeJudging = r -> { };

    FakeProvincialServer(String siteCode) throws IOException {
        this(siteCode, 0);
    }

    FakeProvincialServer(String siteCode, int port) throws IOException {
        this(siteCode, port, null);
    }

    /** @param tls when given, serves HTTPS with this context's certificate */
    FakeProvincialServer(String siteCode, int port, SSLContext tls) throws IOException {
        this.siteCode = siteCode;
        InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        if (tls != null) {
            HttpsServer https = HttpsServer.create(address, 0);
            https.setHttpsConfigurator(new HttpsConfigurator(tls));
            this.http = https;
        } else {
            this.http = HttpServer.create(address, 0);
        }
        this.tls = tls != null;
        http.createContext("/api/v1/health", ex -> answer(ex, 200, new Health("ok", "fake", Instant.now())));
        http.createContext("/api/v1/enrol", this::enrol);
        http.createContext("/api/v1/push", this::push);
        http.createContext("/api/v1/pull", this::pull);
        http.start();
    }

    String url() {
        return (tls ? "https" : "http") + "://127.0.0.1:" + http.getAddress().getPort();
    }

    int port() {
        return http.getAddress().getPort();
    }

    /** The engine's clock for "how long did the answer take": advanced by the fake's own pretend work. */
    long nanoTime() {
        return ticker.get();
    }

    synchronized void pushTakes(Duration d) {
        pushTakes = d;
    }

    synchronized void pageSize(int n) {
        pageSize = n;
    }

    synchronized void fail(Fault... next) {
        faults.addAll(List.of(next));
    }

    /** The n-th pull request from now on (1 = the next one) gets the fault. */
    synchronized void failPull(int nth, Fault fault) {
        pullFaults.put(pulls + nth, fault);
    }

    /** Runs with each push request as it arrives, before the fake judges it (and outside its lock). */
    void beforeJudging(Consumer<PushRequest> hook) {
        beforeJudging = hook;
    }

    synchronized void revoke() {
        revoked = true;
    }

    synchronized List<UUID> batchIdsSeen() {
        return List.copyOf(batchIdsSeen);
    }

    synchronized List<Integer> batchSizes() {
        return List.copyOf(batchSizes);
    }

    synchronized int recordCount(String type) {
        return (int) records.values().stream().filter(r -> r.type().equals(type)).count();
    }

    synchronized JsonNode payload(UUID id) {
        return records.get(id).payload().deepCopy();
    }

    synchronized long version(UUID id) {
        return records.get(id).version();
    }

    synchronized long seq() {
        return seq;
    }

    /** Another site (or the province) changes fields of a record the server holds. */
    synchronized void editAt(String site, UUID id, Map<String, JsonNode> fields) {
        Stored s = records.get(id);
        long v = ++seq;
        ObjectNode p = s.payload().deepCopy();
        Map<String, Long> fv = new HashMap<>(s.fieldVersions());
        fields.forEach((f, value) -> {
            RecordPayloads.put(p, f, value);
            fv.put(f, v);
        });
        records.put(id, new Stored(s.type(), id, v, p, fv, Instant.now(), site, s.deleted()));
    }

    /** A record made elsewhere (another site's patient, reference data) that pull should bring. */
    synchronized void add(String type, UUID id, ObjectNode payload, String site) {
        long v = ++seq;
        Map<String, Long> fv = new HashMap<>();
        payload.fieldNames().forEachRemaining(f -> fv.put(f, v));
        records.put(id, new Stored(type, id, v, payload, fv, Instant.now(), site, false));
    }

    private void enrol(HttpExchange ex) throws IOException {
        EnrolRequest req = WireJson.MAPPER.readValue(body(ex), EnrolRequest.class);
        if (!ENROL_CODE.equals(req.code())) {
            answer(ex, 400, new ErrorBody("enrol_code_invalid", "登记码无效或已用过", List.of()));
            return;
        }
        answer(ex, 200, new EnrolResponse(UUID.randomUUID(), TOKEN, new SiteInfo(siteCode, "county", "210727", "义县人民医院", null)));
    }

    private void push(HttpExchange ex) throws IOException {
        byte[] raw = body(ex);
        beforeJudging.accept(WireJson.MAPPER.readValue(raw, PushRequest.class));
        Fault fault;
        byte[] reply;
        synchronized (this) {
            if (!authorised(ex)) {
                return;
            }
            PushRequest sent = WireJson.MAPPER.readValue(raw, PushRequest.class);
            if (sent.changes().isEmpty() && sent.auditHead() != null) {
                // the audit chain head alone: answered as a server without audit chains would, no fault spent on it
                reply = WireJson.MAPPER.writeValueAsBytes(new PushResponse(sent.batchId(), List.of()));
                fault = null;
            } else {
                fault = faults.poll();
                ticker.addAndGet(pushTakes.toNanos());
                if (fault != null && fault != Fault.APPLY_THEN_502 && fault != Fault.ANSWER_ALL_BUT_LAST) {
                    reply = null;
                } else {
                    PushRequest req = WireJson.MAPPER.readValue(raw, PushRequest.class);
                    batchIdsSeen.add(req.batchId());
                    batchSizes.add(req.changes().size());
                    reply = batches.get(req.batchId());
                    if (reply == null) {
                        List<ChangeResult> results = new ArrayList<>();
                        for (Change c : req.changes()) {
                            results.add(apply(c));
                        }
                        if (fault == Fault.ANSWER_ALL_BUT_LAST) {
                            results.remove(results.size() - 1);
                        }
                        reply = WireJson.MAPPER.writeValueAsBytes(new PushResponse(req.batchId(), results));
                        batches.put(req.batchId(), reply);
                    }
                }
            }
        }
        if (fault != null && fault != Fault.APPLY_THEN_502 && fault != Fault.ANSWER_ALL_BUT_LAST) {
            fault(ex, fault);
        } else if (fault == Fault.APPLY_THEN_502) {
            send(ex, 502, "text/html", "<html><body>502 Bad Gateway</body></html>".getBytes(StandardCharsets.UTF_8));
        } else {
            send(ex, 200, "application/json", reply);
        }
    }

    private ChangeResult apply(Change c) {
        ChangeResult before = answered.get(c.changeId());
        if (before != null) {
            return before.status() == ChangeStatus.APPLIED
                    ? new ChangeResult(c.changeId(), c.entityId(), ChangeStatus.DUPLICATE, before.version(), null, null, null)
                    : before;
        }
        ChangeResult result;
        Stored s = records.get(c.entityId());
        if (REJECTED_NAME.equals(c.payload().path("name").asText())) {
            result = new ChangeResult(c.changeId(), c.entityId(), ChangeStatus.REJECTED, s == null ? 0 : s.version(), null, null,
                    List.of(new Reason("name_refused", "name", "姓名不符合登记规范")));
        } else if (s == null) {
            long v = ++seq;
            Map<String, Long> fv = new HashMap<>();
            (c.changedFields().isEmpty() ? RecordPayloads.allFields(c.payload()) : c.changedFields()).forEach(f -> fv.put(f, v));
            records.put(c.entityId(), new Stored(c.entityType(), c.entityId(), v, ((ObjectNode) c.payload()).deepCopy(), fv,
                    c.updatedAt(), c.updatedBySite(), c.deleted()));
            result = new ChangeResult(c.changeId(), c.entityId(), ChangeStatus.APPLIED, v, null, null, null);
        } else {
            List<String> paths = c.changedFields().isEmpty() ? RecordPayloads.allFields(c.payload()) : c.changedFields();
            List<String> clash = paths.stream()
                    .filter(p -> s.fieldVersions().entrySet().stream().anyMatch(q -> q.getValue() > c.baseVersion() && overlaps(p, q.getKey())))
                    .filter(p -> !java.util.Objects.equals(RecordPayloads.valueAt(s.payload(), p), RecordPayloads.valueAt(c.payload(), p)))
                    .toList();
            if (!clash.isEmpty()) {
                result = new ChangeResult(c.changeId(), c.entityId(), ChangeStatus.CONFLICT, s.version(), s.pulled(), clash, null);
            } else {
                long v = ++seq;
                ObjectNode p = s.payload().deepCopy();
                Map<String, Long> fv = new HashMap<>(s.fieldVersions());
                for (String f : paths) {
                    RecordPayloads.put(p, f, RecordPayloads.valueAt(c.payload(), f));
                    fv.keySet().removeIf(q -> q.startsWith(f + "."));
                    fv.put(f, v);
                }
                Stored merged = new Stored(s.type(), s.id(), v, p, fv, c.updatedAt(), c.updatedBySite(), c.deleted());
                records.put(c.entityId(), merged);
                // like the real server: a merge sends its copy back so the client can store it
                result = new ChangeResult(c.changeId(), c.entityId(), ChangeStatus.APPLIED, v,
                        p.equals(c.payload()) ? null : merged.pulled(), null, null);
            }
        }
        answered.put(c.changeId(), result);
        return result;
    }

    private static boolean overlaps(String p, String q) {
        return p.equals(q) || p.startsWith(q + ".") || q.startsWith(p + ".");
    }

    private void pull(HttpExchange ex) throws IOException {
        Map<String, String> q = new HashMap<>();
        for (String kv : ex.getRequestURI().getQuery().split("&")) {
            String[] p = kv.split("=", 2);
            q.put(p[0], p[1]);
        }
        long after = Long.parseLong(q.get("after"));
        int limit = Math.min(Integer.parseInt(q.get("limit")), pageSize);
        Fault fault;
        PullResponse page;
        synchronized (this) {
            if (!authorised(ex)) {
                return;
            }
            pulls++;
            fault = pullFaults.containsKey(pulls) ? pullFaults.remove(pulls) : faults.poll();
            List<PulledRecord> newer = records.values().stream().filter(r -> r.version() > after)
                    .sorted(Comparator.comparingLong(Stored::version)).map(Stored::pulled).toList();
            List<PulledRecord> slice = newer.subList(0, Math.min(limit, newer.size()));
            page = new PullResponse(slice, slice.isEmpty() ? after : slice.get(slice.size() - 1).version(), newer.size() > limit);
        }
        if (fault != null) {
            fault(ex, fault);
        } else {
            answer(ex, 200, page);
        }
    }

    /** Answers 401 (and returns false) unless the device's token is presented and not revoked. */
    private boolean authorised(HttpExchange ex) throws IOException {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (revoked || !("Bearer " + TOKEN).equals(auth)) {
            answer(ex, 401, new ErrorBody(revoked ? "token_revoked" : "token_invalid", "设备授权无效", List.of()));
            return false;
        }
        return true;
    }

    private static void fault(HttpExchange ex, Fault fault) throws IOException {
        switch (fault) {
            case HTTP_502 -> send(ex, 502, "text/html", "<html>bad gateway</html>".getBytes(StandardCharsets.UTF_8));
            case HTTP_503 -> send(ex, 503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
            case HTML -> send(ex, 200, "text/html", "<html><head><title>欢迎使用校园网</title></head><body>请登录</body></html>"
                    .getBytes(StandardCharsets.UTF_8));
            case TRUNCATED -> send(ex, 200, "application/json", "{\"batchId\":\"0b8c0e4e-5a4c-4a4a-9d6e-1e2f3a4b5c6d\",\"res"
                    .getBytes(StandardCharsets.UTF_8));
            case TOKEN_REVOKED -> send(ex, 401, "application/json",
                    WireJson.MAPPER.writeValueAsBytes(new ErrorBody("token_revoked", "设备授权已撤销", List.of())));
            default -> throw new IllegalStateException(fault.name());
        }
    }

    private static byte[] body(HttpExchange ex) throws IOException {
        InputStream in = ex.getRequestBody();
        if ("gzip".equalsIgnoreCase(ex.getRequestHeaders().getFirst("Content-Encoding"))) {
            in = new GZIPInputStream(in);
        }
        try (InputStream i = in) {
            return i.readAllBytes();
        }
    }

    private static void answer(HttpExchange ex, int status, Object body) throws IOException {
        send(ex, status, "application/json", WireJson.MAPPER.writeValueAsBytes(body));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] bytes) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A TLS context with a fresh self-signed certificate (made by the JDK's keytool), which no client trusts. */
    static SSLContext selfSigned(java.nio.file.Path folder) throws Exception {
        java.nio.file.Path store = folder.resolve("fake-server.p12");
        String keytool = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process p = new ProcessBuilder(keytool, "-genkeypair", "-alias", "fake", "-keyalg", "RSA", "-keysize", "2048",
                "-dname", "CN=127.0.0.1", "-validity", "2", "-keystore", store.toString(), "-storetype", "PKCS12",
                "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("keytool failed");
        }
        java.security.KeyStore ks = java.security.KeyStore.getInstance("PKCS12");
        try (InputStream in = java.nio.file.Files.newInputStream(store)) {
            ks.load(in, "changeit".toCharArray());
        }
        javax.net.ssl.KeyManagerFactory kmf = javax.net.ssl.KeyManagerFactory.getInstance(javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, "changeit".toCharArray());
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), null, null);
        return ctx;
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
