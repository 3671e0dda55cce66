package cn.screening.workstation.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Field paths of a payload as changes name them: a top-level field ({@code name}) or a dotted path
 * into nested objects ({@code address.county}, {@code screeningCase.status}).
 */
final class FieldPaths {

    /** The deletion flag, tracked like a field so that a delete and an edit of it can conflict. */
    static final String DELETED = "_deleted";
    static final int MAX_LENGTH = 200;
    static final int MAX_DEPTH = 8;
    static final int MAX_SEGMENT = 64;
    /** Client bookkeeping inside payloads (SyncMeta): copied as sent, never a conflict. */
    private static final String BOOKKEEPING = "meta";

    private FieldPaths() {
    }

    static boolean isValid(String path) {
        if (path == null || path.isEmpty() || path.length() > MAX_LENGTH) {
            return false;
        }
        // a segment is [A-Za-z_][A-Za-z0-9_]{0,63}; checked by hand, as a regex per field was a tenth of the judging's allocations
        int depth = 1;
        int segmentLength = 0;
        for (int i = 0; i < path.length(); i++) {
            char ch = path.charAt(i);
            if (ch == '.') {
                if (segmentLength == 0 || ++depth > MAX_DEPTH) {
                    return false;
                }
                segmentLength = 0;
            } else if (isLetter(ch) || ch == '_' || (segmentLength > 0 && ch >= '0' && ch <= '9')) {
                if (++segmentLength > MAX_SEGMENT) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return segmentLength > 0;
    }

    private static boolean isLetter(char ch) {
        return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
    }

    /** Whether one path is the other or lies inside it: changes to them touch the same data. */
    static boolean overlap(String a, String b) {
        return a.equals(b) || a.startsWith(b + ".") || b.startsWith(a + ".");
    }

    static boolean isBookkeeping(String path) {
        for (String s : path.split("\\.")) {
            if (s.equals(BOOKKEEPING)) {
                return true;
            }
        }
        return false;
    }

    /** The value at {@code path}, or a missing node. */
    static JsonNode get(JsonNode root, String path) {
        JsonNode n = root;
        for (String s : path.split("\\.")) {
            if (n == null || !n.isObject()) {
                return MissingNode.getInstance();
            }
            n = n.get(s);
        }
        return n == null ? MissingNode.getInstance() : n;
    }

    /** Sets {@code path} to {@code value} (a deep copy), making objects on the way; a missing value removes the field. */
    static void set(ObjectNode root, String path, JsonNode value) {
        String[] segments = path.split("\\.");
        ObjectNode n = root;
        for (int i = 0; i < segments.length - 1; i++) {
            JsonNode next = n.get(segments[i]);
            if (next == null || !next.isObject()) {
                if (value.isMissingNode()) {
                    return;
                }
                next = n.putObject(segments[i]);
            }
            n = (ObjectNode) next;
        }
        String last = segments[segments.length - 1];
        if (value.isMissingNode()) {
            n.remove(last);
        } else {
            n.set(last, value.deepCopy());
        }
    }
}
