package cn.screening.workstation.domain.site;

import cn.screening.workstation.domain.user.Permission;
import java.util.EnumSet;
import java.util.Set;

/** 机构类型 of the site a workstation serves. */
public enum InstitutionType {
    /** 乡镇卫生院 */
    TOWNSHIP,
    /** 县医院 */
    COUNTY,
    /** 定点医院 */
    DESIGNATED,
    /**
     * 县卫生健康局: reads every patient, case and ledger row of its county's sites, certifies and
     * reports; registers no patient, takes no sample, keeps no ledger row of its own.
     */
    BUREAU;

    /** What a bureau's workstation never does, whatever an account's role says. */
    private static final Set<Permission> NOT_AT_A_BUREAU = EnumSet.of(Permission.REGISTER, Permission.IMPORT,
            Permission.SEND_SAMPLES, Permission.RECEIVE_SAMPLES, Permission.REFER, Permission.RECEIVE_REFERRAL,
            Permission.BACK_REFER, Permission.FOLLOW_UP, Permission.KEEP_LEDGER);

    /** Whether a workstation of this kind of site may do this at all (the role decides the rest). */
    public boolean allows(Permission permission) {
        return this != BUREAU || !NOT_AT_A_BUREAU.contains(permission);
    }

    /** A bureau and a county hospital sit at a county (6 digits); a township clinic at a township (9). */
    public boolean countyLevelOnly() {
        return this == BUREAU;
    }
}
