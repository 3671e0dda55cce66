package cn.screening.workstation.server;

/** An administration request refused, with a sentence for the operator. */
public final class AdminRefused extends RuntimeException {

    public AdminRefused(String message) {
        super(message);
    }
}
