package cn.screening.workstation.sync;

import cn.screening.workstation.protocol.Reason;
import java.util.List;

/**
 * Why a call to the server did not give an answer to use. Each kind names the sentence the user
 * reads (a key of the sync bundle) and never loses anything: whatever was queued stays queued.
 */
public sealed interface SyncFailure {

    /** The sync bundle key of the sentence the user reads. */
    String messageKey();

    /** Values for the sentence's placeholders. */
    default Object[] args() {
        return new Object[0];
    }

    /** What a log or a support call needs; never shown instead of the sentence. */
    String detail();

    /** No connection: no network, the server is down, the name does not resolve. */
    record Unreachable(String detail) implements SyncFailure {
        public String messageKey() {
            return "sync.error.unreachable";
        }
    }

    /** Connected, but no answer in time. */
    record TimedOut(String detail) implements SyncFailure {
        public String messageKey() {
            return "sync.error.timeout";
        }
    }

    /** The server's certificate is not trusted or does not match its address. */
    record CertificateProblem(String detail) implements SyncFailure {
        public String messageKey() {
            return "sync.error.certificate";
        }
    }

    /** The server refused the device token (expired, revoked, unknown): the device must enrol again. */
    record NeedsEnrolment(String code, String detail) implements SyncFailure {
        public String messageKey() {
            return "token_revoked".equals(code) ? "sync.error.tokenRevoked" : "sync.error.tokenInvalid";
        }
    }

    /** The server (or a proxy in front of it) failed: 5xx. */
    record ServerTrouble(int status, String detail) implements SyncFailure {
        public String messageKey() {
            return "sync.error.server";
        }

        @Override
        public Object[] args() {
            return new Object[] {String.valueOf(status)};
        }
    }

    /** The answer was no protocol answer: HTML, garbage, a cut-off body, a missing field. */
    record ProtocolError(String detail) implements SyncFailure {
        public String messageKey() {
            return "sync.error.protocol";
        }
    }

    /** The server refused the request itself (4xx other than 401), with its reason. */
    record Refused(int status, String code, String message, List<Reason> reasons) implements SyncFailure {
        public String messageKey() {
            return "sync.error.refused";
        }

        @Override
        public Object[] args() {
            return new Object[] {message != null ? message : code != null ? code : String.valueOf(status)};
        }

        public String detail() {
            return status + " " + code + ": " + message;
        }
    }

    /** This workstation has no device token or no server address yet. */
    record NotEnrolled(String detail) implements SyncFailure {
        public String messageKey() {
            return "sync.error.notEnrolled";
        }
    }
}
