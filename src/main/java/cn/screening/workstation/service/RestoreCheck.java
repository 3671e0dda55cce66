package cn.screening.workstation.service;

import cn.screening.workstation.store.Database;
import cn.screening.workstation.store.StoreCopy;
import java.util.Map;

/**
 * What a restore checks before it hands over the restored folder: the store opens, and holds the
 * tables and rows the backup said it held. A check that fails refuses with a {@link ServiceException}
 * and the restore removes what it wrote.
 */
@FunctionalInterface
public interface RestoreCheck {

    /** @param rowsAtBackup the row count of each table in the snapshot the backup was made from */
    Result check(Database restored, Map<String, Long> rowsAtBackup);

    /** How many tables and rows the restored store holds. */
    record Result(int tables, long rows) {
    }

    // TODO audit chain verify: at merge, run service.audit.AuditChain.verify on the restored store after this check
    /** The restored store opens and every table has the rows it had at the backup. */
    RestoreCheck TABLES = (restored, rowsAtBackup) -> {
        Map<String, Long> now = restored.read(StoreCopy::rowCounts);
        if (!now.equals(rowsAtBackup)) {
            throw new ServiceException("error.backup.checkFailed", difference(rowsAtBackup, now));
        }
        return new Result(now.size(), now.values().stream().mapToLong(Long::longValue).sum());
    };

    private static String difference(Map<String, Long> expected, Map<String, Long> found) {
        StringBuilder s = new StringBuilder();
        for (String t : expected.keySet()) {
            if (!expected.get(t).equals(found.get(t))) {
                s.append(t).append(' ').append(expected.get(t)).append("→").append(found.get(t)).append("; ");
            }
        }
        found.keySet().stream().filter(t -> !expected.containsKey(t)).forEach(t -> s.append(t).append(" +; "));
        return s.toString();
    }
}
