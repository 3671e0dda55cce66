package cn.screening.workstation.store;

/**
 * Tuning of the H2 file.
 *
 * @param cacheSizeKb page cache; AES decrypts each page it reads, so a cache that holds the
 *                    working set keeps searches fast
 * @param autoServer  let a second process (a headless command) open the file while the app runs
 */
public record StoreOptions(int cacheSizeKb, int maxConnections, boolean autoServer) {

    static final int MIN_CACHE_KB = 64 * 1024;
    static final int MAX_CACHE_KB = 1024 * 1024;

    /**
     * A quarter of the JVM's heap for the page cache, at least 64 MB and at most 1 GB. At a million
     * cases 64 MB left list searches at p95 of several hundred ms (every page missed is read and
     * decrypted); 1 GB holds the indexes and the rows the lists read (docs/performance.md). H2
     * fills the cache only as it reads, so a small store uses little of it.
     */
    public static final StoreOptions DEFAULT = new StoreOptions(cacheKbFor(Runtime.getRuntime().maxMemory()), 8, false);

    static int cacheKbFor(long maxHeapBytes) {
        long quarterKb = maxHeapBytes / 4 / 1024;
        return (int) Math.max(MIN_CACHE_KB, Math.min(MAX_CACHE_KB, quarterKb));
    }

    public StoreOptions withCacheSizeKb(int kb) {
        return new StoreOptions(kb, maxConnections, autoServer);
    }
}
