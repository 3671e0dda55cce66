package cn.screening.workstation.domain.report;

/** What a column of the report holds: a count, an amount in fen, or a rate (numerator over denominator). */
public enum Measure {
    COUNT,
    FEN,
    RATE
}
