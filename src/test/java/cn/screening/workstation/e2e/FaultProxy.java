package cn.screening.workstation.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A TCP proxy on loopback in front of the server that breaks connections the way bad links and
 * gateways do. Each accepted connection draws one fault from a seeded Random: cut the request
 * after some bytes, cut the response after some bytes, stall the response then cut, truncate the
 * body right after the response headers, or answer 502/503 itself (with or without having passed
 * the request on). The cut comes after a random number of bytes, 16 B to 512 KB, so a connection may
 * carry several whole requests first. With faults off, it passes bytes through untouched.
 */
final class FaultProxy implements AutoCloseable {

    enum Fault { NONE, CUT_REQUEST, CUT_RESPONSE, STALL_THEN_CUT, TRUNCATE_BODY, GATEWAY_502, GATEWAY_503 }

    private final ServerSocket listener;
    private final int upstreamPort;
    private final Random random;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fault-proxy");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean faults = new AtomicBoolean(true);
    private final Map<Fault, Integer> drawn = new EnumMap<>(Fault.class);
    private final CountDownLatch closed = new CountDownLatch(1);
    private final long maxStallMillis;

    FaultProxy(int upstreamPort, long seed, long maxStallMillis) throws IOException {
        this.upstreamPort = upstreamPort;
        this.random = new Random(seed);
        this.maxStallMillis = maxStallMillis;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        pool.execute(this::acceptLoop);
    }

    String url() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    void faults(boolean on) {
        faults.set(on);
    }

    /** How often each fault was drawn so far. */
    synchronized Map<Fault, Integer> drawn() {
        return new EnumMap<>(drawn);
    }

    private record Plan(Fault fault, int offset, long stallMillis) {
    }

    private synchronized Plan plan() {
        Fault f = Fault.NONE;
        if (faults.get()) {
            // every connection ends in a fault sooner or later: a clean one would otherwise be kept alive and reused for ever
            Fault[] bad = {Fault.CUT_REQUEST, Fault.CUT_RESPONSE, Fault.STALL_THEN_CUT, Fault.TRUNCATE_BODY, Fault.GATEWAY_502,
                    Fault.GATEWAY_503};
            f = bad[random.nextInt(bad.length)];
        }
        drawn.merge(f, 1, Integer::sum);
        // offsets spread over orders of magnitude: inside the headers, inside a body, a few requests later
        int offset = random.nextInt(1 << (4 + random.nextInt(15)));
        return new Plan(f, offset, random.nextInt((int) Math.max(1, maxStallMillis)));
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket downstream = listener.accept();
                Plan plan = plan();
                pool.execute(() -> serve(downstream, plan));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket down, Plan plan) {
        try (down) {
            if (plan.fault == Fault.GATEWAY_502 || plan.fault == Fault.GATEWAY_503) {
                gateway(down, plan);
                return;
            }
            try (Socket up = new Socket()) {
                up.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), upstreamPort), 2000);
                pool.execute(() -> {
                    pump(down, up, plan.fault == Fault.CUT_REQUEST ? plan.offset : Long.MAX_VALUE);
                    closeQuietly(down);
                    closeQuietly(up);
                });
                long limit = plan.fault == Fault.CUT_RESPONSE || plan.fault == Fault.STALL_THEN_CUT ? plan.offset : Long.MAX_VALUE;
                if (plan.fault == Fault.TRUNCATE_BODY) {
                    truncateAfterHeaders(up, down, plan.offset % 512);
                } else {
                    pump(up, down, limit);
                }
                if (plan.fault == Fault.STALL_THEN_CUT) {
                    closed.await(plan.stallMillis, TimeUnit.MILLISECONDS);
                }
            }
        } catch (IOException | InterruptedException e) {
            // the connection is gone either way
        }
    }

    /** Copies until EOF, an error or {@code limit} bytes; the caller then cuts the connection. */
    private static void pump(Socket from, Socket to, long limit) {
        byte[] buf = new byte[8192];
        long passed = 0;
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            while (passed < limit) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, limit - passed));
                if (n < 0) {
                    break;
                }
                out.write(buf, 0, n);
                out.flush();
                passed += n;
            }
        } catch (IOException e) {
            // the caller closes
        }
    }

    /** Passes the response's headers, then {@code extra} bytes of its body, then cuts. */
    private static void truncateAfterHeaders(Socket up, Socket down, int extra) throws IOException {
        InputStream in = up.getInputStream();
        OutputStream out = down.getOutputStream();
        int state = 0;
        int b;
        while ((b = in.read()) >= 0) {
            out.write(b);
            state = (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1 || state == 3)) ? state + 1 : (b == '\r' ? 1 : 0);
            if (state == 4) {
                break;
            }
        }
        for (int i = 0; i < extra && (b = in.read()) >= 0; i++) {
            out.write(b);
        }
        out.flush();
    }

    /** A gateway's own error page; half of the time the request did reach the server first. */
    private void gateway(Socket down, Plan plan) throws IOException {
        InputStream in = down.getInputStream();
        byte[] head = readHead(in);
        if (head.length > 0 && plan.offset % 2 == 0) {
            String h = new String(head, StandardCharsets.ISO_8859_1);
            long length = contentLength(h);
            try (Socket up = new Socket()) {
                up.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), upstreamPort), 2000);
                up.setSoTimeout(10_000);
                OutputStream o = up.getOutputStream();
                o.write(head);
                byte[] buf = new byte[8192];
                for (long left = length; left > 0; ) {
                    int n = in.read(buf, 0, (int) Math.min(buf.length, left));
                    if (n < 0) {
                        return;
                    }
                    o.write(buf, 0, n);
                    left -= n;
                }
                o.flush();
                up.getInputStream().read(new byte[1]); // the server has answered: drop its answer
            }
        }
        int status = plan.fault == Fault.GATEWAY_502 ? 502 : 503;
        byte[] body = ("<html><body><h1>" + status + " Bad Gateway</h1>nginx</body></html>").getBytes(StandardCharsets.UTF_8);
        OutputStream out = down.getOutputStream();
        out.write(("HTTP/1.1 " + status + " Gateway\r\nContent-Type: text/html\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
    }

    private static byte[] readHead(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
        int state = 0;
        int b;
        while (state < 4 && (b = in.read()) >= 0) {
            head.write(b);
            state = (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1 || state == 3)) ? state + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toByteArray();
    }

    private static long contentLength(String head) {
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("Content-Length")) {
                return Long.parseLong(line.substring(colon + 1).trim());
            }
        }
        return 0;
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        closed.countDown();
        listener.close();
        pool.shutdownNow();
    }
}
