package cn.screening.workstation.domain.patient;

import java.time.LocalDate;
import java.time.Period;

/** 周岁: full years, the way Chinese rules count age (a child turns 14 on the 14th birthday). */
public final class Age {

    private Age() {
    }

    public static int yearsOn(LocalDate birthDate, LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }
}
