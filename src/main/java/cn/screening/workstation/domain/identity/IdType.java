package cn.screening.workstation.domain.identity;

import java.util.Arrays;
import java.util.Optional;

/** 证件类别, coded by CV02.01.101. */
public enum IdType {
    RESIDENT_ID("01"), HOUSEHOLD_REGISTER("02"), PASSPORT("03"), MILITARY_OFFICER("04"),
    DRIVING_LICENCE("05"), HK_MACAO_PASS("06"), TAIWAN_PASS("07"), OTHER("99");

    private final String code;

    IdType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<IdType> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
