package cn.screening.workstation.ui.shell;

/** The parts of the main window the left navigation switches between. */
public enum Section {
    /** 今日待办: what waits on the user, the first screen after login */
    TODAY,
    REGISTER, CASES, REFERRALS, FOLLOW_UPS, REGISTRY,
    /** 患者: every patient registered or imported, searched, opened, and a new case started for one */
    PATIENTS,
    /** 标本跟踪: overdue samples, tubes nearing the spin limit, one sample's journey */
    SAMPLES,
    /** 送检装箱 (sending sites) */
    SHIPMENTS,
    /** 标本接收 (designated hospital) */
    RECEIVING,
    /** 结果录入 (designated hospital) */
    RESULTS,
    /** 救治台账: the major-disease treatment ledger, its rows and their admissions */
    LEDGER,
    /** 核对认定 (county doctors, the county health bureau): ledger rows waiting for the verdict */
    CERTIFICATION,
    /** 月报表 (county doctors, the county health bureau): the monthly report, submitted and revised */
    REPORT,
    /** 统计看板 (county doctors, the county health bureau): the county's charts over twelve months */
    DASHBOARD,
        IMPORT, CONFLICTS, QUARANTINE, USERS, SETTINGS,
    /** 审计日志 (administrators): the tamper-evident audit log, filtered, exported, its chain checked */
    AUDIT
}
