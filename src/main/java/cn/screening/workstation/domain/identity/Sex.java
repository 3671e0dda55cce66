package cn.screening.workstation.domain.identity;

import java.util.Arrays;
import java.util.Optional;

/** 性别, coded by GB/T 2261.1. */
public enum Sex {
    UNKNOWN("0"), MALE("1"), FEMALE("2"), UNSPECIFIED("9");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Sex> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
