package cn.screening.workstation.service;

import cn.screening.workstation.store.AuditChainVerdict;
import cn.screening.workstation.store.AuditLog;
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

    /**
     * The restored store opens, every table has the rows it had at the backup, and its audit chain is
     * whole (decision 0018): a backup whose history was edited is not handed over.
     */
    RestoreCheck TABLES = (restored, rowsAtBackup) -> {
        Map<String, Long> now = restored.read(StoreCopy::rowCounts);
        if (!now.equals(rowsAtBackup)) {
            throw new ServiceException("error.backup.checkFailed", difference(rowsAtBackup, now));
        }
        AuditChainVerdict chain = restored.read(new AuditLog()::verify);
        if (!chain.intact()) {
            throw new ServiceException("error.backup.chainBroken", chain.broken().chainNo());
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
