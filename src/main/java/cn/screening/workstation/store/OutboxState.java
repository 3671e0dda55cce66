package cn.screening.workstation.store;

/** Where an outbox entry stands on its way to the server. */
public enum OutboxState {
    /** waiting to be sent */
    PENDING,
    /** sent in a batch that has not been answered yet; resent with the same batch id */
    IN_FLIGHT,
    /** refused by the server with reasons; waits for the user to fix the record */
    QUARANTINED,
    /** the server changed the same fields: held until a user picks each value */
    CONFLICT
}
