package cn.screening.workstation.server;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.screening.workstation.server.store.StoreTarget;
import org.junit.jupiter.api.BeforeAll;

/**
 * The same promises on PostgreSQL, the production store: runs when SCREENING_TEST_PG_URL is set,
 * and must run on CI (a missing URL with CI=true fails here).
 */
class PostgresSyncServerTest extends SyncServerContract {

    private TestStores.PgSchema schema;

    @BeforeAll
    static void needsPostgres() {
        assumeTrue(TestStores.postgresAvailable(), "SCREENING_TEST_PG_URL not set: PostgreSQL run skipped outside CI");
    }

    @Override
    StoreTarget freshStore() {
        schema = TestStores.postgres();
        return schema.target();
    }

    @Override
    void dropStore() {
        if (schema != null) {
            schema.close();
        }
    }
}
