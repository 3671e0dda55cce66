package cn.screening.workstation.store;

/**
 * Tuning of the H2 file.
 *
 * @param cacheSizeKb page cache; AES decrypts each page it reads, so a cache that holds the
 *                    working set keeps searches fast
 * @param autoServer  let a second process (a headless command) open the file while the app runs
 */
public record StoreOptions(int cacheSizeKb, int maxConnections, boolean autoServer) {

    public static final StoreOptions DEFAULT = new StoreOptions(64 * 1024, 8, false);

    public StoreOptions withCacheSizeKb(int kb) {
        return new StoreOptions(kb, maxConnections, autoServer);
    }
}
