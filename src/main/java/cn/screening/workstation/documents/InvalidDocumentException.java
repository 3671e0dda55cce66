package cn.screening.workstation.documents;

/**
 * A document refused before anything is written: the message is the Chinese sentence the user
 * reads, naming the field (e.g. "标本编号：不能为空").
 */
public final class InvalidDocumentException extends IllegalArgumentException {

    private final String field;

    InvalidDocumentException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field's key in documents.properties (field.sampleId …), for a form to mark the field. */
    public String field() {
        return field;
    }
}
