package cn.screening.workstation.service.specimen;

/** A designated hospital a box may go to, from reference data. */
public record Destination(String siteCode, String name) {
}
