package cn.screening.workstation.domain.specimen;

/**
 * Results as the lab typed them: numbers arrive as text ("&lt;1" allowed for factors), so that text
 * where a number belongs is refused naming the field. Empty means not measured.
 *
 * @param diagnosis the lab's confirmed diagnosis, or null to save the numbers without confirming
 * @param severity  the confirmed class, or null to take the derived one
 */
public record ResultEntry(String fviii, String fix, AssayMethod method, String vwfAg, String vwfNotDoneReason,
                          InhibitorScreen inhibitorScreen, String bethesdaBu, Diagnosis diagnosis, HemophiliaSeverity severity,
                          String overrideReason) {

    /** The same numbers with the lab's conclusion. */
    public ResultEntry confirming(Diagnosis d, HemophiliaSeverity s, String reason) {
        return new ResultEntry(fviii, fix, method, vwfAg, vwfNotDoneReason, inhibitorScreen, bethesdaBu, d, s, reason);
    }
}
