package cn.screening.workstation.server;

import cn.screening.workstation.server.store.StoreTarget;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The server's promises on its default store, an H2 file. */
class H2SyncServerTest extends SyncServerContract {

    @TempDir
    Path dir;

    @Override
    StoreTarget freshStore() {
        return TestStores.h2(dir.resolve("server"));
    }
}
