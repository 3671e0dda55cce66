package cn.screening.workstation.domain.division;

/**
 * One administrative division.
 *
 * @param parentCode the code of the division one level up, null for a province
 */
public record Division(String code, String name, DivisionLevel level, String parentCode) {
}
