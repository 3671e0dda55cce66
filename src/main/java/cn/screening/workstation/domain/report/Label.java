package cn.screening.workstation.domain.report;

/** A line's key (a catalogue code, a division code, a hospital name) and what the report prints for it. */
public record Label(String key, String text) {
}
