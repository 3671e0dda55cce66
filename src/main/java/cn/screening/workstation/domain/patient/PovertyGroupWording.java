package cn.screening.workstation.domain.patient;

import java.util.Optional;

/**
 * 人员类别 as a list writes it, to the programme's groups. The 2019 Jinzhou plan names them
 * 建档立卡（农村）贫困人口, （农村）特困人员, 低保对象 and 计划生育特殊困难家庭; lists also use the short
 * forms (贫困户, 低保户, 五保户, 计生…), half-width brackets, and leave 农村 out.
 */
public final class PovertyGroupWording {

    private PovertyGroupWording() {
    }

    /**
     * @return the group; NONE for a blank cell or 一般…; empty when the wording is none of these,
     *         which the caller must report rather than guess
     */
    public static Optional<PovertyStatus> parse(String written) {
        if (written == null || written.isBlank()) {
            return Optional.of(PovertyStatus.NONE);
        }
        String s = written.replaceAll("[\\s()（）]", "").replace("农村", "");
        if (s.startsWith("一般")) {
            return Optional.of(PovertyStatus.NONE);
        }
        // 计划生育特殊困难家庭 first: it must not be read as any other group
        if (s.contains("计划生育") || s.contains("计生")) {
            return Optional.of(PovertyStatus.FAMILY_PLANNING_HARDSHIP);
        }
        if (s.contains("特困") || s.contains("五保")) {
            return Optional.of(PovertyStatus.EXTREME_POVERTY);
        }
        if (s.contains("低保")) {
            return Optional.of(PovertyStatus.MINIMUM_LIVING);
        }
        if (s.contains("建档立卡") || s.contains("贫困户") || s.contains("贫困人口") || s.contains("脱贫")) {
            return Optional.of(PovertyStatus.REGISTERED_POOR);
        }
        return Optional.empty();
    }
}
