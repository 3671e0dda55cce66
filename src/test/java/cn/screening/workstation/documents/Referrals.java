package cn.screening.workstation.documents;

import cn.screening.workstation.documents.referral.BackReferralLetter;
import cn.screening.workstation.documents.referral.ReferralClinical;
import cn.screening.workstation.documents.referral.ReferralLetter;
import java.time.LocalDate;

/** Referral letters as the referral screens will fill them, the patient masked by the domain's Masking. */
final class Referrals {

    static final String NUMBER = "ZZ-2107270001-2026-0031";
    static final String SUMMARY = "患儿自幼轻微碰撞后易出现皮下瘀斑，3天前右膝关节肿胀疼痛，活动受限。既往拔牙后出血不止。";

    private Referrals() {
    }

    static ReferralLetter up(String clinicalSummary) {
        ReferralClinical clinical = new ReferralClinical("明确诊断并制定治疗方案", "血友病待排（高度疑似）", clinicalSummary,
                "APTT 78.4 s（参考 28–40 s），1:1混合试验可纠正", "避免肌内注射及使用阿司匹林");
        return new ReferralLetter(NUMBER, "某县人民医院", "省人民医院", "血液科", Specimens.patient("张小明", "2107270001-2026-00123"),
                clinical, "紧急", LocalDate.of(2026, 11, 26), LocalDate.of(2026, 12, 10),
                new SignedBy("王医生", "0391-1234567", LocalDate.of(2026, 11, 26)));
    }

    static BackReferralLetter back(String treatment) {
        return new BackReferralLetter(NUMBER, "省人民医院", "某县人民医院", Specimens.patient("张小明", "2107270001-2026-00123"),
                "血友病A（重型）", "ZY20261127031", "FⅧ:C 0.8%，抑制物阴性", treatment,
                "重组FⅧ 20 IU/kg 每周3次预防治疗；3个月后复查抑制物；右膝康复训练。",
                new SignedBy("刘主任", "0371-6666888", LocalDate.of(2026, 12, 3)));
    }
}
