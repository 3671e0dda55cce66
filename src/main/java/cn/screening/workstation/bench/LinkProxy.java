package cn.screening.workstation.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback TCP proxy that counts the bytes going each way and, when given a rate, behaves like a
 * slow link: each direction carries {@code bitsPerSecond} and delivers every byte half a round trip
 * after it has been put on the line.
 */
public final class LinkProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int upstreamPort;
    private final long bitsPerSecond;
    private final long oneWayNanos;
    private final AtomicLong up = new AtomicLong();
    private final AtomicLong down = new AtomicLong();
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "link-proxy");
        t.setDaemon(true);
        return t;
    });

    private LinkProxy(int upstreamPort, long bitsPerSecond, long roundTripMillis) throws IOException {
        this.upstreamPort = upstreamPort;
        this.bitsPerSecond = bitsPerSecond;
        this.oneWayNanos = TimeUnit.MILLISECONDS.toNanos(roundTripMillis) / 2;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        pool.execute(this::acceptLoop);
    }

    /** Passes bytes through as fast as loopback goes, counting them. */
    public static LinkProxy counting(int upstreamPort) throws IOException {
        return new LinkProxy(upstreamPort, 0, 0);
    }

    /** A link of the given bandwidth (each way) and round-trip time. */
    public static LinkProxy throttled(int upstreamPort, long bitsPerSecond, long roundTripMillis) throws IOException {
        return new LinkProxy(upstreamPort, bitsPerSecond, roundTripMillis);
    }

    public String url() {
        return "http://127.0.0.1:" + listener.getLocalPort();
    }

    /** Bytes from the client to the server so far. */
    public long bytesUp() {
        return up.get();
    }

    /** Bytes from the server to the client so far. */
    public long bytesDown() {
        return down.get();
    }

    public void reset() {
        up.set(0);
        down.set(0);
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket();
                server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), upstreamPort));
                client.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                pool.execute(() -> carry(client, server, up));
                pool.execute(() -> carry(server, client, down));
            } catch (IOException e) {
                return;
            }
        }
    }

    private record Chunk(byte[] bytes, int length, long deliverAt) {
    }

    private static final Chunk END = new Chunk(new byte[0], -1, 0);

    private void carry(Socket from, Socket to, AtomicLong counter) {
        if (bitsPerSecond <= 0) {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                byte[] buf = new byte[64 * 1024];
                int n;
                while ((n = in.read(buf)) >= 0) {
                    out.write(buf, 0, n);
                    out.flush();
                    counter.addAndGet(n);
                }
            } catch (IOException e) {
                // one side went away
            }
            closeBoth(from, to);
            return;
        }
        // the line: a reader puts chunks on it at the link's rate, a writer delivers them half a round trip later
        LinkedBlockingQueue<Chunk> line = new LinkedBlockingQueue<>();
        pool.execute(() -> deliver(line, to, from));
        long lineFreeAt = System.nanoTime();
        try (InputStream in = from.getInputStream()) {
            byte[] buf = new byte[1460];
            int n;
            while ((n = in.read(buf)) >= 0) {
                counter.addAndGet(n);
                long now = System.nanoTime();
                long sent = Math.max(now, lineFreeAt) + n * 8L * 1_000_000_000L / bitsPerSecond;
                lineFreeAt = sent;
                line.put(new Chunk(buf.clone(), n, sent + oneWayNanos));
            }
        } catch (IOException | InterruptedException e) {
            // one side went away
        }
        line.add(END);
    }

    private static void deliver(LinkedBlockingQueue<Chunk> line, Socket to, Socket from) {
        try {
            OutputStream out = to.getOutputStream();
            while (true) {
                Chunk c = line.take();
                if (c == END) {
                    break;
                }
                long wait = c.deliverAt - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                out.write(c.bytes, 0, c.length);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // one side went away
        }
        closeBoth(from, to);
    }

    private static void closeBoth(Socket a, Socket b) {
        try {
            a.close();
        } catch (IOException e) {
            // closed already
        }
        try {
            b.close();
        } catch (IOException e) {
            // closed already
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        pool.shutdownNow();
    }
}
