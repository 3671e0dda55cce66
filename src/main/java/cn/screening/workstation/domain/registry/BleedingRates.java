package cn.screening.workstation.domain.registry;

import cn.screening.workstation.domain.followup.BleedEpisode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Derived registry figures from recorded bleeds: annual bleeding rate (ABR) and annual joint
 * bleeding rate over the observed period, and target joints (3 or more bleeds in one joint within
 * 6 months, DOMAIN §3).
 */
public final class BleedingRates {

    static final int TARGET_JOINT_BLEEDS = 3;
    static final int TARGET_JOINT_MONTHS = 6;

    private BleedingRates() {
    }

    /** Bleeds per year between {@code from} and {@code to}; null when the period is under a day. */
    public static Double annualRate(Collection<BleedEpisode> bleeds, LocalDate from, LocalDate to, boolean jointsOnly) {
        if (from == null || to == null || !to.isAfter(from)) {
            return null;
        }
        long inside = bleeds.stream().filter(b -> !jointsOnly || b.joint())
                .filter(b -> !b.date().isBefore(from) && !b.date().isAfter(to)).count();
        double years = ChronoUnit.DAYS.between(from, to) / 365.25;
        return Math.round(inside / years * 10) / 10.0;
    }

    /** Joints with 3 or more bleeds inside some 6-month window, by name. */
    public static List<String> targetJoints(Collection<BleedEpisode> bleeds) {
        Map<String, List<LocalDate>> byJoint = bleeds.stream().filter(BleedEpisode::joint).filter(b -> b.site() != null)
                .collect(Collectors.groupingBy(BleedEpisode::site, TreeMap::new,
                        Collectors.mapping(BleedEpisode::date, Collectors.toList())));
        List<String> out = new ArrayList<>();
        byJoint.forEach((joint, dates) -> {
            List<LocalDate> sorted = dates.stream().sorted().toList();
            for (int i = 0; i + TARGET_JOINT_BLEEDS - 1 < sorted.size(); i++) {
                if (!sorted.get(i + TARGET_JOINT_BLEEDS - 1).isAfter(sorted.get(i).plusMonths(TARGET_JOINT_MONTHS))) {
                    out.add(joint);
                    break;
                }
            }
        });
        return out;
    }
}
