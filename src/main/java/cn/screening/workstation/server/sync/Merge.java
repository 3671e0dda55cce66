package cn.screening.workstation.server.sync;

import cn.screening.workstation.protocol.Change;
import cn.screening.workstation.server.store.StoredRecord;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The conflict and merge rule. A change conflicts when a field it sets was changed on the server
 * after the change's base version and the two sides now hold different values there; otherwise its
 * fields are laid onto the server's copy. Nothing is overwritten silently.
 */
final class Merge {

    private Merge() {
    }

    /** The fields changed on both sides since the base version, to different values; empty when the change may merge. */
    static List<String> conflicts(StoredRecord server, Change ch, ObjectNode payload, List<String> fields) {
        List<String> out = new ArrayList<>();
        for (String f : fields) {
            if (FieldPaths.isBookkeeping(f)) {
                continue;
            }
            boolean changedOnServer = server.fieldVersions().entrySet().stream()
                    .anyMatch(e -> e.getValue() > ch.baseVersion() && FieldPaths.overlap(f, e.getKey()));
            if (changedOnServer && !FieldPaths.get(server.payload(), f).equals(FieldPaths.get(payload, f))) {
                out.add(f);
            }
        }
        if (server.deleted() != ch.deleted()) {
            Long deletedAt = server.fieldVersions().get(FieldPaths.DELETED);
            if (deletedAt != null && deletedAt > ch.baseVersion()) {
                out.add(FieldPaths.DELETED);
            }
        }
        return out;
    }

    /** The server's payload with the change's fields laid on it. */
    static ObjectNode apply(ObjectNode server, ObjectNode payload, List<String> fields) {
        ObjectNode merged = server.deepCopy();
        for (String f : fields) {
            FieldPaths.set(merged, f, FieldPaths.get(payload, f));
        }
        return merged;
    }

    /** Records that {@code fields} were set at {@code version}; deeper paths inside them are now covered by it. */
    static void stamp(Map<String, Long> fieldVersions, List<String> fields, long version) {
        for (String f : fields) {
            if (FieldPaths.isBookkeeping(f)) {
                continue;
            }
            if (!fieldVersions.isEmpty()) {
                String inside = f + ".";
                fieldVersions.keySet().removeIf(k -> k.startsWith(inside));
            }
            fieldVersions.put(f, version);
        }
    }
}
