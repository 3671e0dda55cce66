package cn.screening.workstation.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.service.Texts;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.Test;

/** The one translator: what H2 and the disk throw, as the sentence a user reads; the raw text for the log only. */
class StoreFailuresTest {

    private final Texts zh = new Texts(Locale.SIMPLIFIED_CHINESE);

    /** H2's shape of a full disk: a General error around an MVStore write failure around the disk's own words. */
    static SQLException h2Wrapped(Throwable deepest) {
        MVStoreException mv = new MVStoreException(DataUtils.ERROR_WRITING_FAILED,
                "Writing to h2aes:/data/workstation.mv.db failed; length 0 at 11624448");
        mv.initCause(deepest);
        return new SQLException("General error: \"" + mv + "\"; SQL statement:\nINSERT INTO patient VALUES ('王小明', '210727195001010011')",
                "HY000", ErrorCode.GENERAL_ERROR_1, mv);
    }

    @Test
    void aFullDiskIsToldAsAFullDiskNotAsADamagedFile() {
        StoreException e = StoreFailures.translate(h2Wrapped(new IOException("No space left on device")), false);
        assertThat(e.kind()).isEqualTo(StoreException.Kind.DISK_FULL);
        assertThat(StoreFailures.fileFailed(e.getCause())).isTrue();
        assertThat(zh.of(e)).startsWith("磁盘空间已满").contains("腾出空间");
        // Windows says it its own way
        assertThat(StoreFailures.translate(new IOException("There is not enough space on the disk"), false).kind())
                .isEqualTo(StoreException.Kind.DISK_FULL);
    }

    @Test
    void readOnlyLockedCorruptAndWrongKeyEachHaveTheirKind() {
        assertThat(StoreFailures.translate(new AccessDeniedException("/data/workstation.mv.db"), true).kind())
                .isEqualTo(StoreException.Kind.READ_ONLY);
        assertThat(StoreFailures.translate(h2Wrapped(new IOException("Read-only file system")), false).kind())
                .isEqualTo(StoreException.Kind.READ_ONLY);
        assertThat(StoreFailures.translate(new SQLException("The database is read only", "HY000", ErrorCode.DATABASE_IS_READ_ONLY), false)
                .kind()).isEqualTo(StoreException.Kind.READ_ONLY);
        assertThat(StoreFailures.translate(new SQLException("Database may be already in use", "90020", ErrorCode.DATABASE_ALREADY_OPEN_1), true)
                .kind()).isEqualTo(StoreException.Kind.LOCKED);
        assertThat(StoreFailures.translate(new MVStoreException(DataUtils.ERROR_FILE_LOCKED, "The file is locked"), true).kind())
                .isEqualTo(StoreException.Kind.LOCKED);
        assertThat(StoreFailures.translate(new SQLException("File corrupted", "90030", ErrorCode.FILE_CORRUPTED_1), true).kind())
                .isEqualTo(StoreException.Kind.CORRUPT);
        assertThat(StoreFailures.translate(new SQLException("Encryption error", "90049", ErrorCode.FILE_ENCRYPTION_ERROR_1), true).kind())
                .isEqualTo(StoreException.Kind.WRONG_KEY);
        // a general error while writing is not called a damaged file; at open it is
        assertThat(StoreFailures.translate(new SQLException("General error", "HY000", ErrorCode.GENERAL_ERROR_1), false).kind())
                .isEqualTo(StoreException.Kind.OTHER);
        assertThat(StoreFailures.translate(new SQLException("General error", "HY000", ErrorCode.GENERAL_ERROR_1), true).kind())
                .isEqualTo(StoreException.Kind.CORRUPT);
    }

    @Test
    void everySentenceIsChineseWithWhatToDoAndNoRawText() {
        for (StoreException.Kind kind : StoreException.Kind.values()) {
            String sentence = zh.of(new StoreException(kind, "General error: SQL statement: INSERT INTO patient", null));
            assertThat(sentence).as(kind.name()).doesNotContain("SQL", "INSERT", "General", "error").containsPattern("[请]");
            assertThat(new Texts(Locale.ENGLISH).of(new StoreException(kind, "x", null))).as(kind.name()).doesNotContain("{");
        }
    }

    @Test
    void theLogLineKeepsTheCausesButNoPatientData() {
        StoreException e = StoreFailures.translate(h2Wrapped(new IOException("No space left on device")), false);
        assertThat(e.logLine()).startsWith("DISK_FULL").contains("No space left on device", "[50000]")
                .doesNotContain("王小明", "210727195001010011", "INSERT");
        SQLException duplicate = new SQLException("Unique index or primary key violation: \"PUBLIC.IDX_PATIENT_ID ON PUBLIC.PATIENT(ID_NUMBER) "
                + "VALUES ( /* 3 */ '110105199001010023' )\"", "23505", ErrorCode.DUPLICATE_KEY_1);
        StoreException d = StoreFailures.translate(duplicate, false);
        assertThat(d.kind()).isEqualTo(StoreException.Kind.CONSTRAINT);
        assertThat(d.logLine()).doesNotContain("110105199001010023").contains("PUBLIC.PATIENT");
        assertThat(d.getMessage()).doesNotContain("110105199001010023");
    }
}
