package cn.screening.workstation.domain.screening;

/** The clinical triggers of DOMAIN §1 that make a bleeding disorder suspected. */
public enum BleedingTrigger {
    /** 自发性出血 */
    SPONTANEOUS_BLEEDING,
    /** 外伤、手术或拔牙后出血不止 */
    PROLONGED_BLEEDING_AFTER_INJURY,
    /** 关节出血（膝、踝、肘） */
    JOINT_BLEED,
    /** 肌肉或深部组织血肿、假肿瘤 */
    MUSCLE_HAEMATOMA,
    /** 消化道、泌尿道或中枢神经系统出血 */
    INTERNAL_BLEEDING,
    /** 新生儿头颅血肿、包皮环切或足跟采血后出血 */
    NEONATAL_BLEEDING
}
