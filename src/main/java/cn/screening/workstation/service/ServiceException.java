package cn.screening.workstation.service;

import java.util.List;

/** A refusal the user reads: a key of the UI bundle and the values to put into it. */
public class ServiceException extends RuntimeException {

    private final String messageKey;
    private final List<Object> args;

    public ServiceException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public ServiceException(String messageKey, Throwable cause, Object... args) {
        super(messageKey, cause);
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
