package cn.screening.workstation.transfer;

import cn.screening.workstation.domain.ledger.Payer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The settlement list hospitals and the insurance office hand counties (one line per admission),
 * its columns, and how its cells read: amounts in yuan with up to two decimals, 是/否 flags, dates.
 */
public final class SettlementList {

    public static final String ID = "身份证号码";
    public static final String DISEASE = "病种";
    public static final String HOSPITAL = "定点医院";
    public static final String ADMITTED = "入院日期";
    public static final String DISCHARGED = "出院日期";
    public static final String STATUS = "救治状态";
    public static final String TOTAL = "总费用";
    public static final String WAIVER = "医院减免";
    public static final String OTHER = "其他";
    public static final String OWN = "个人自付";
    public static final String ONE_STOP = "一站式结算";
    public static final String PAY_LATER = "先诊疗后付费";

    /** The columns, in the order the export writes them (the import takes any order). */
    public static final List<String> COLUMNS;
    public static final Set<String> REQUIRED = Set.of(ID, DISEASE, HOSPITAL, ADMITTED, TOTAL);

    static {
        List<String> c = new ArrayList<>(List.of(ID, DISEASE, HOSPITAL, ADMITTED, DISCHARGED, STATUS, TOTAL));
        for (Payer p : Payer.values()) {
            c.add(p.zh());
        }
        c.addAll(List.of(WAIVER, OTHER, OWN, ONE_STOP, PAY_LATER));
        COLUMNS = List.copyOf(c);
    }

    private static final Pattern YUAN = Pattern.compile("\\d+(\\.\\d{1,2})?");
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu.M.d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT));

    private SettlementList() {
    }

    /** Yuan as written ("1,234.5", "800") in fen; empty when the cell is not a non-negative amount of at most two decimals. */
    public static Optional<Long> fen(String yuan) {
        String s = yuan.replace(",", "").replace("，", "").strip();
        if (!YUAN.matcher(s).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(s).movePointRight(2).longValueExact());
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** 是 or 否 (an empty cell is 否); empty for anything else. */
    public static Optional<Boolean> flag(String cell) {
        return switch (cell.strip()) {
            case "是" -> Optional.of(true);
            case "否", "" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    public static Optional<LocalDate> date(String cell) {
        for (DateTimeFormatter f : DATES) {
            try {
                return Optional.of(LocalDate.parse(cell.strip(), f));
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        return Optional.empty();
    }
}
