package cn.screening.workstation.transfer;

import java.util.Arrays;
import java.util.List;

/**
 * A patient list that cannot be read at all. Carries a key of the transfer bundle and its
 * arguments, so the user reads the reason in their own language.
 */
public class PatientListException extends Exception {

    private final String messageKey;
    private final List<Object> args;

    public PatientListException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    public PatientListException(Throwable cause, String messageKey, Object... args) {
        super(messageKey + Arrays.toString(args), cause);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
