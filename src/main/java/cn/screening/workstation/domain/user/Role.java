package cn.screening.workstation.domain.user;

import java.util.EnumSet;
import java.util.Set;

/** The roles of the workstation and what each may do (least privilege: the administrator sees no full IDs). */
public enum Role {
    /** 乡镇医生 */
    TOWNSHIP_DOCTOR(EnumSet.of(Permission.REGISTER, Permission.REVEAL_ID, Permission.IMPORT, Permission.REFER,
            Permission.FOLLOW_UP, Permission.VIEW_REGISTRY, Permission.SEND_SAMPLES)),
    /** 县医院医生 */
    COUNTY_DOCTOR(EnumSet.of(Permission.REGISTER, Permission.REVEAL_ID, Permission.IMPORT, Permission.EXPORT_FULL_ID,
            Permission.REFER, Permission.FOLLOW_UP, Permission.VIEW_REGISTRY, Permission.SEND_SAMPLES, Permission.KEEP_LEDGER,
            Permission.CERTIFY)),
    /** 定点医院检验 */
    DESIGNATED_LAB(EnumSet.of(Permission.REVEAL_ID, Permission.RECEIVE_REFERRAL, Permission.FOLLOW_UP,
            Permission.VIEW_REGISTRY, Permission.RECEIVE_SAMPLES)),
    /** 定点医院医生: answers referrals and signs the back-referral */
    DESIGNATED_PHYSICIAN(EnumSet.of(Permission.REVEAL_ID, Permission.RECEIVE_REFERRAL, Permission.BACK_REFER,
            Permission.FOLLOW_UP, Permission.VIEW_REGISTRY, Permission.KEEP_LEDGER)),
    /** 县卫生健康局: reads the county's patients, cases and ledger (IDs revealed, audited), certifies 救治对象 */
    BUREAU_OFFICER(EnumSet.of(Permission.REVEAL_ID, Permission.VIEW_REGISTRY, Permission.CERTIFY)),
    /** 管理员 */
    ADMIN(EnumSet.of(Permission.MANAGE_USERS, Permission.MANAGE_SETTINGS, Permission.IMPORT));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }
}
