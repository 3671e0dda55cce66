package cn.screening.workstation.service;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The line every XLSX and PDF export carries in its footer: who exported it, when, and for what (PIPL: a
 * copy that leaves the store names its source). A masked export without a stated purpose says 一般用途.
 */
public final class ExportMark {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ExportMark() {
    }

    public static String of(Session session, Instant at, ZoneId zone, String purpose, Texts texts) {
        String why = purpose == null || purpose.isBlank() ? texts.get("export.purpose.general") : purpose.strip();
        return texts.get("export.mark", session.user().displayName(), session.user().username(), TIME.format(at.atZone(zone)), why);
    }
}
