package cn.screening.workstation.domain.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which catalogue list (21, 25 or 30 diseases) was in force on a day: provincial reference data,
 * since the list grows by notice (21 → 25 from the end of 2019 in the seed plan). A ledger row is
 * judged by the list in force on its diagnosis date.
 */
public record DiseaseListSchedule(List<Step> steps) {

    /** The provincial setting that holds the schedule as text, e.g. "21@2017-01-01;25@2019-12-31"; absent: one list. */
    public static final String SETTING_KEY = "diseaseListSchedule";

    /** From {@code from} on (inclusive), the list of {@code size} diseases is in force. */
    public record Step(LocalDate from, int size) {
    }

    public DiseaseListSchedule {
        steps = steps.stream().sorted(Comparator.comparing(Step::from)).toList();
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a schedule needs at least one list");
        }
    }

    /** One list in force on every day: what the single activeListSize setting says. */
    public static DiseaseListSchedule constant(int size) {
        return new DiseaseListSchedule(List.of(new Step(LocalDate.of(1900, 1, 1), size)));
    }

    /** Reads {@code "21@2017-01-01;25@2019-12-31"}; throws IllegalArgumentException on anything else. */
    public static DiseaseListSchedule parse(String text) {
        List<Step> steps = new ArrayList<>();
        for (String part : text.split(";")) {
            String[] p = part.strip().split("@");
            if (p.length != 2) {
                throw new IllegalArgumentException("not size@date: " + part);
            }
            int size = Integer.parseInt(p[0].strip());
            if (size != 21 && size != 25 && size != 30) {
                throw new IllegalArgumentException("the catalogue has lists of 21, 25 or 30 diseases, not " + size);
            }
            steps.add(new Step(LocalDate.parse(p[1].strip()), size));
        }
        return new DiseaseListSchedule(steps);
    }

    /** The list size in force on {@code day}; before the first step, the first step's list. */
    public int sizeOn(LocalDate day) {
        int size = steps.get(0).size();
        for (Step s : steps) {
            if (!s.from().isAfter(day)) {
                size = s.size();
            }
        }
        return size;
    }
}
