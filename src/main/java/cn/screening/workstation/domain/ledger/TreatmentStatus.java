package cn.screening.workstation.domain.ledger;

import java.util.EnumSet;
import java.util.Set;

/** 救治状态 of a ledger row (PROGRAMME.md §Ledger 4): the main road and its side exits. */
public enum TreatmentStatus {
    WAITING("待救治"),
    TREATING("正在救治"),
    TREATED("已救治"),
    CHRONIC_CARE("转为慢病管理"),
    OUT_OF_SCOPE("不属于救治范围"),
    DIED("死亡"),
    LOST("失访"),
    REFUSED("拒绝救治");

    private static final Set<TreatmentStatus> EXITS = EnumSet.of(CHRONIC_CARE, OUT_OF_SCOPE, DIED, LOST, REFUSED);

    private final String zh;

    TreatmentStatus(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }

    /** A row on the main road (待救治, 正在救治, 已救治) is open: a patient has one open row per disease. */
    public boolean open() {
        return !EXITS.contains(this);
    }

    /**
     * The moves a row may make: forward on the main road (a treated patient admitted again is
     * 正在救治 again), and from any open status to an exit; an exit is final.
     */
    public boolean mayMoveTo(TreatmentStatus to) {
        if (!open() || to == this) {
            return false;
        }
        return switch (to) {
            case WAITING -> false;
            case TREATING -> true;
            case TREATED -> this != TREATED;
            default -> true;
        };
    }

    public static java.util.Optional<TreatmentStatus> ofZh(String text) {
        for (TreatmentStatus s : values()) {
            if (s.zh.equals(text)) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }
}
