package cn.screening.workstation.transfer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A column of the patient list that counties receive from the poverty-relief database. The
 * headers are part of the file format, so they stay Chinese whatever the user's language.
 */
public enum PatientListColumn {
    NAME(true, "姓名"),
    ID_NUMBER(true, "身份证号码", "身份证号", "公民身份号码", "证件号码", "身份证"),
    SEX(false, "性别"),
    BIRTH_DATE(false, "出生日期", "出生年月日"),
    PHONE(false, "联系电话", "手机号码", "手机号", "电话"),
    TOWNSHIP(false, "乡镇（街道）", "乡镇", "乡镇街道", "街道"),
    VILLAGE(false, "村（居）委会", "村", "行政村", "村居委会", "村（居）"),
    CATEGORY(false, "人员类别", "类别", "人员类型");

    private static final Map<String, PatientListColumn> BY_HEADER = Stream.of(values())
            .flatMap(c -> c.headers.stream().map(h -> Map.entry(normalizeHeader(h), c)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private final boolean required;
    private final List<String> headers;

    PatientListColumn(boolean required, String header, String... synonyms) {
        this.required = required;
        this.headers = Stream.concat(Stream.of(header), Stream.of(synonyms)).toList();
    }

    /** The header as the county template writes it, e.g. 身份证号码. */
    public String header() {
        return headers.get(0);
    }

    /** Whether an import cannot go ahead without this column. */
    public boolean required() {
        return required;
    }

    /** The column a header cell names, tolerant of spaces, BOM, full-width parentheses and synonyms. */
    public static Optional<PatientListColumn> ofHeader(String cell) {
        return cell == null ? Optional.empty() : Optional.ofNullable(BY_HEADER.get(normalizeHeader(cell)));
    }

    /** Removes what Excel users add around a header without meaning anything: spaces, BOM, "*". */
    static String normalizeHeader(String cell) {
        StringBuilder sb = new StringBuilder(cell.length());
        cell.codePoints().map(PatientListColumn::halfWidthBracket).forEach(cp -> {
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && cp != '\uFEFF' && cp != '*'
                    && cp != '＊') {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    private static int halfWidthBracket(int cp) {
        return switch (cp) {
            case '（' -> '(';
            case '）' -> ')';
            default -> cp;
        };
    }
}
