package cn.screening.workstation.domain.referral;

import cn.screening.workstation.domain.identity.Sex;
import java.time.LocalDate;

/**
 * The patient as the letter names them (DOMAIN §5): the receiving hospital does not hold the
 * sender's patient records, so the referral carries what the paper form carries.
 *
 * @param familyContact a relative's name and phone
 * @param payerType     费别, e.g. 城乡居民医保
 * @param caseNo        the sender's case number, so the hospital (which holds no cases) can quote it
 */
public record ReferralPatient(
        String name,
        Sex sex,
        LocalDate birthDate,
        String idNumber,
        String phone,
        String address,
        String familyContact,
        String payerType,
        String caseNo) {

    public ReferralPatient withCaseNo(String no) {
        return new ReferralPatient(name, sex, birthDate, idNumber, phone, address, familyContact, payerType, no);
    }
}
