package cn.screening.workstation.ui.common;

import java.util.UUID;

/** How a synced record is named on screen: its kind and the first characters of its id. */
public final class RecordKinds {

    private RecordKinds() {
    }

    /** e.g. 患者 1a2b3c4d; a kind without a label in the bundle shows its wire name. */
    public static String name(I18n i18n, String entityType, UUID id) {
        String key = "record.kind." + entityType;
        String kind = i18n.bundle().containsKey(key) ? i18n.get(key) : entityType;
        return kind + " " + id.toString().substring(0, 8);
    }
}
