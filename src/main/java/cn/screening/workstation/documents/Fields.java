package cn.screening.workstation.documents;

import java.util.List;
import java.util.regex.Pattern;

/** Checks of the input records, shared by every document; each refusal a Chinese sentence naming the field. */
public final class Fields {

    /** 18-digit or 15-digit resident ID numbers standing whole inside a value. */
    private static final Pattern FULL_ID = Pattern.compile("(?<![0-9])(\\d{17}[0-9Xx]|\\d{15})(?![0-9Xx])");
    private static final Pattern PRINTABLE_ASCII = Pattern.compile("[\\x20-\\x7E]+");

    private Fields() {
    }

    public static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw refused(field, "problem.required");
        }
        return value.strip();
    }

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw refused(field, "problem.required");
        }
        return value;
    }

    public static String optional(String value) {
        return value == null ? "" : value.strip();
    }

    public static <T> List<T> nonEmpty(String field, List<T> values) {
        if (values == null || values.isEmpty()) {
            throw refused(field, "problem.required");
        }
        return List.copyOf(values);
    }

    /**
     * Patient fields and free clinical text arrive masked: a whole ID number anywhere is refused,
     * and a name or ID number without its * was not masked.
     */
    public static String masked(String field, String value) {
        if (FULL_ID.matcher(value).find()) {
            throw refused(field, "problem.unmaskedId");
        }
        if (!value.isEmpty() && (field.equals("patientName") || field.equals("idNumber")) && value.indexOf('*') < 0) {
            throw refused(field, "problem.unmasked");
        }
        return value;
    }

    /** What a barcode scanner reads back: printable ASCII only, kept exactly as given (spaces included). */
    public static String barcodeText(String field, String value) {
        required(field, value);
        if (!PRINTABLE_ASCII.matcher(value).matches()) {
            throw refused(field, "problem.notAscii");
        }
        return value;
    }

    public static InvalidDocumentException refused(String field, String problemKey) {
        DocumentTexts texts = DocumentTexts.chinese();
        return new InvalidDocumentException(field, texts.text("field." + field) + "：" + texts.text(problemKey));
    }
}
