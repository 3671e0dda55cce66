package cn.screening.workstation.bench;

import cn.screening.workstation.domain.RecordIds;
import cn.screening.workstation.domain.cases.CaseStatus;
import cn.screening.workstation.domain.cases.ScreeningCase;
import cn.screening.workstation.domain.division.Division;
import cn.screening.workstation.domain.division.DivisionCatalogue;
import cn.screening.workstation.domain.identity.IdNumber;
import cn.screening.workstation.domain.identity.IdType;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.patient.Address;
import cn.screening.workstation.domain.patient.Guardian;
import cn.screening.workstation.domain.patient.InsuranceType;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.patient.PovertyStatus;
import cn.screening.workstation.domain.screening.BleedingTrigger;
import cn.screening.workstation.domain.screening.HemophiliaScreening;
import cn.screening.workstation.domain.screening.LabValue;
import cn.screening.workstation.domain.screening.MixingOutcome;
import cn.screening.workstation.domain.screening.MixingTest;
import cn.screening.workstation.domain.screening.ScreeningClass;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Made-up but plausible patients and hemophilia cases of 义县 (210727), one case per patient:
 * valid resident IDs (unique, MOD 11-2 check character, sex and birth date agreeing), Chinese
 * names with a surname distribution as skewed as the real one (王, 李 and 张 each about a twelfth),
 * most cases still SUSPECTED, townships of different sizes, registrations over three years in the
 * order they are made.
 * Deterministic for a seed, so two runs load the same data.
 */
public final class SyntheticCases {

    public static final String COUNTY = "210727";
    public static final String DISEASE = "HEMOPHILIA";

    /** Surnames and their weights (per mille, roughly as in Liaoning; 关 and 佟 for the Manchu families). */
    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "胡", "朱",
        "郭", "何", "高", "林", "罗", "于", "宋", "郑", "梁", "韩", "董", "关", "佟", "白", "姜", "吕", "曹", "谢", "唐", "冯",
        "贾", "郝", "田", "任", "石", "魏", "丁", "杜", "袁", "邓", "许", "苏", "卢", "蒋", "沈", "金", "阎", "孔", "付", "范"};
    static final int[] SURNAME_WEIGHTS = {84, 82, 80, 62, 40, 36, 34, 20, 20, 19, 18, 18, 16, 15, 14,
        14, 13, 13, 12, 10, 14, 12, 11, 10, 11, 10, 9, 7, 8, 9, 7, 8, 6, 6, 7,
        7, 6, 6, 6, 6, 6, 6, 6, 5, 5, 5, 5, 5, 5, 5, 6, 5, 4, 6, 4};
    /** Characters of given names; 小 is the commonest first character, as 王小 searches assume. */
    static final String[] GIVEN = {"小", "明", "伟", "芳", "娜", "秀", "英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳",
        "杰", "娟", "涛", "超", "鹏", "华", "红", "玉", "兰", "霞", "平", "刚", "桂", "文", "辉", "建", "国", "海", "东", "晓",
        "宇", "浩", "子", "轩", "博", "一", "佳", "欣", "雨", "天", "俊", "凯", "志", "永", "春", "金", "成", "福", "德", "宝",
        "林", "云", "飞", "双", "凤", "秋"};
    static final int[] GIVEN_WEIGHTS;

    static {
        GIVEN_WEIGHTS = new int[GIVEN.length];
        java.util.Arrays.fill(GIVEN_WEIGHTS, 10);
        GIVEN_WEIGHTS[0] = 60;
    }

    /** Most cases wait at SUSPECTED; the later statuses thin out. */
    static final CaseStatus[] STATUSES = CaseStatus.values();
    static final int[] STATUS_WEIGHTS = {60, 12, 8, 10, 6, 4};

    private static final LocalDate FIRST_BIRTH = LocalDate.of(1944, 1, 1);
    private static final LocalDate LAST_BIRTH = LocalDate.of(2023, 12, 31);
    private static final int BIRTH_DAYS = (int) ChronoUnit.DAYS.between(FIRST_BIRTH, LAST_BIRTH) + 1;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final int total;
    private final long seed;
    private final long stride;
    private final List<Division> townships;
    private final int[] townshipWeights;
    private final Map<String, List<Division>> villages = new HashMap<>();
    private final Instant until;
    private final long spanSeconds;
    private final String siteCode;
    private final String reportedBy;
    private final Map<Integer, Long> caseNumbers = new HashMap<>();
    private final HemophiliaScreening[] forms = forms();

    /**
     * @param total    how many patients (and cases) the run makes: their ID numbers are unique within it
     * @param until    the newest registration; the oldest is three years before
     */
    public SyntheticCases(int total, long seed, DivisionCatalogue divisions, Instant until, String siteCode, String reportedBy) {
        this.total = total;
        this.seed = seed;
        this.stride = coprimeStride(total);
        this.townships = divisions.children(COUNTY);
        if (townships.isEmpty()) {
            throw new IllegalStateException("no townships of " + COUNTY + " in the division table");
        }
        this.townshipWeights = new int[townships.size()];
        for (int i = 0; i < townshipWeights.length; i++) {
            // the first townships (the county seat's streets) are the most populous
            townshipWeights[i] = i < 3 ? 12 : 4 + (i * 7) % 5;
            villages.put(townships.get(i).code(), divisions.villages(townships.get(i).code()));
        }
        this.until = until;
        this.spanSeconds = Duration.ofDays(3 * 365).toSeconds();
        this.siteCode = siteCode;
        this.reportedBy = reportedBy;
    }

    public List<Division> townships() {
        return townships;
    }

    /** A patient and their case, the n-th (0-based) of the run; call with n = 0, 1, 2, ... once each. */
    public record Pair(Patient patient, String caseNo, ScreeningCase screeningCase) {
    }

    public Pair next(int n) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + n);
        // a bijection of 0..total-1 spreads birth dates (and so ID numbers) over the insert order
        long slot = (n * stride) % total;
        LocalDate birth = FIRST_BIRTH.plusDays(slot % BIRTH_DAYS);
        int round = (int) (slot / BIRTH_DAYS);
        Sex sex = r.nextInt(100) < 85 ? Sex.MALE : Sex.FEMALE;
        if (2 * round + 1 >= 100) {
            throw new IllegalStateException("too many patients for unique ID numbers: " + total);
        }
        // unique per birth date: the last two digits are the round, the hundreds vary, odd for a man
        int sequence = 100 * r.nextInt(5) + 2 * round + (sex == Sex.MALE ? 1 : 0);
        String first17 = COUNTY + birth.toString().replace("-", "") + String.format("%03d", sequence);
        String idNumber = first17 + IdNumber.checkCharacter(first17);

        String surname = pick(SURNAMES, SURNAME_WEIGHTS, r);
        String name = surname + pick(GIVEN, GIVEN_WEIGHTS, r) + (r.nextInt(100) < 60 ? GIVEN[r.nextInt(GIVEN.length)] : "");
        Division township = pick(townships, townshipWeights, r);
        List<Division> vs = villages.get(township.code());
        Division village = vs.isEmpty() ? null : vs.get(r.nextInt(vs.size()));
        Address address = new Address(township.code(), village == null ? null : village.code(),
                village == null ? township.name() : village.name(), (1 + r.nextInt(200)) + "号");
        Instant registered = registration(n, birth, r);
        int age = (int) ChronoUnit.YEARS.between(birth, LocalDate.ofInstant(registered, ZONE));
        Guardian guardian = age < 18
                ? new Guardian(surname + GIVEN[r.nextInt(GIVEN.length)] + GIVEN[r.nextInt(GIVEN.length)],
                        r.nextBoolean() ? "父亲" : "母亲", phone(r), true, null)
                : null;
        Patient patient = new Patient(RecordIds.next(), name, IdType.RESIDENT_ID, idNumber, sex, birth, ethnicity(r), phone(r),
                address, guardian, poverty(r), insurance(r), siteCode, null);

        CaseStatus status = pick(STATUSES, STATUS_WEIGHTS, r);
        String site = r.nextInt(100) < 70 ? siteCode : township.code() + "-T";
        ScreeningCase c = new ScreeningCase(RecordIds.next(), patient.id(), DISEASE, status, township.code(), site, reportedBy,
                registered, forms[r.nextInt(forms.length)], null);
        int year = LocalDate.ofInstant(registered, ZONE).getYear();
        long number = caseNumbers.merge(year, 1L, Long::sum);
        return new Pair(patient, String.format("%s-%d-%06d", siteCode, year, number), c);
    }

    /**
     * Registrations follow the insert order over three years, with an hour of jitter, as cases are
     * registered day by day (the registering transaction stamps them); a baby is registered after birth.
     */
    private Instant registration(int n, LocalDate birth, SplittableRandom r) {
        Instant from = until.minusSeconds(spanSeconds);
        long at = from.getEpochSecond() + (long) ((double) n / total * spanSeconds) - r.nextLong(3_600);
        Instant registered = Instant.ofEpochSecond(Math.min(at, until.getEpochSecond()));
        Instant born = birth.plusDays(1).atStartOfDay(ZONE).toInstant();
        if (registered.isBefore(born)) {
            long span = Math.max(1, until.getEpochSecond() - born.getEpochSecond());
            registered = born.plusSeconds(r.nextLong(span));
        }
        return registered.truncatedTo(ChronoUnit.SECONDS);
    }

    private static long coprimeStride(int total) {
        long s = 7_919L * 104_729L % Math.max(1, total);
        while (s < 2 || gcd(s, total) != 1) {
            s++;
        }
        return total <= 2 ? 1 : s;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    static <T> T pick(T[] values, int[] weights, SplittableRandom r) {
        return values[pickIndex(weights, r)];
    }

    static <T> T pick(List<T> values, int[] weights, SplittableRandom r) {
        return values.get(pickIndex(weights, r));
    }

    private static int pickIndex(int[] weights, SplittableRandom r) {
        int sum = 0;
        for (int w : weights) {
            sum += w;
        }
        int x = r.nextInt(sum);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A surname drawn as often as it occurs, for queries that hit the common names as often as users do. */
    static String surname(SplittableRandom r) {
        return pick(SURNAMES, SURNAME_WEIGHTS, r);
    }

    /** A first given-name character drawn as often as it occurs. */
    static String givenStart(SplittableRandom r) {
        return pick(GIVEN, GIVEN_WEIGHTS, r);
    }

    private static String phone(SplittableRandom r) {
        return "1" + (3 + r.nextInt(7)) + String.format("%09d", r.nextInt(1_000_000_000));
    }

    private static String ethnicity(SplittableRandom r) {
        int x = r.nextInt(100);
        return x < 70 ? "01" : x < 95 ? "11" : x < 98 ? "02" : "03";
    }

    private static PovertyStatus poverty(SplittableRandom r) {
        int x = r.nextInt(100);
        return x < 85 ? PovertyStatus.NONE : x < 91 ? PovertyStatus.REGISTERED_POOR : x < 96 ? PovertyStatus.MINIMUM_LIVING
                : x < 98 ? PovertyStatus.EXTREME_POVERTY : PovertyStatus.FAMILY_PLANNING_HARDSHIP;
    }

    private static InsuranceType insurance(SplittableRandom r) {
        int x = r.nextInt(100);
        return x < 80 ? InsuranceType.RESIDENT : x < 95 ? InsuranceType.EMPLOYEE : x < 98 ? InsuranceType.NONE : InsuranceType.OTHER;
    }

    /** A few filled-in screening forms, as the registration screen saves them. */
    private static HemophiliaScreening[] forms() {
        LabValue ptNormal = lab("12", "11", "14");
        LabValue ttNormal = lab("16", "14", "21");
        LabValue fib = lab("3", "2", "4");
        LabValue plt = lab("250", "125", "350");
        return new HemophiliaScreening[] {
            new HemophiliaScreening(Map.of(BleedingTrigger.JOINT_BLEED, "右膝反复肿痛"), false, null, lab("68", "25", "37"), ptNormal,
                    ttNormal, fib, plt, new MixingTest(MixingOutcome.CORRECTS, null, null), ScreeningClass.HIGHLY_SUSPECTED),
            new HemophiliaScreening(Map.of(BleedingTrigger.PROLONGED_BLEEDING_AFTER_INJURY, "拔牙后出血三天"), true, "舅舅有类似病史",
                    lab("55", "25", "37"), ptNormal, ttNormal, fib, plt, MixingTest.NOT_DONE, ScreeningClass.HIGHLY_SUSPECTED),
            new HemophiliaScreening(Map.of(BleedingTrigger.MUSCLE_HAEMATOMA, "左大腿血肿"), false, null, lab("61", "25", "37"),
                    ptNormal, ttNormal, fib, plt, new MixingTest(MixingOutcome.DOES_NOT_CORRECT, null, null),
                    ScreeningClass.SUSPECTED_INHIBITOR),
            new HemophiliaScreening(Map.of(BleedingTrigger.SPONTANEOUS_BLEEDING, "皮肤瘀斑"), false, null, null, null, null, null,
                    null, MixingTest.NOT_DONE, ScreeningClass.SUSPECTED),
        };
    }

    private static LabValue lab(String value, String low, String high) {
        return new LabValue(new BigDecimal(value), new BigDecimal(low), new BigDecimal(high));
    }
}
