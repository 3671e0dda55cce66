package cn.screening.workstation.service.referral;

import cn.screening.workstation.domain.division.Division;
import cn.screening.workstation.domain.patient.Address;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.referral.ReferralPatient;
import cn.screening.workstation.service.RuleBook;
import cn.screening.workstation.service.Texts;
import java.util.Objects;

/** The patient as a referral letter names them, from the stored record: the address in words, the family contact, the payer. */
final class LetterPatient {

    private LetterPatient() {
    }

    static ReferralPatient of(Patient p, RuleBook rules, Texts texts) {
        String address = p.address() == null ? null : address(p.address(), rules);
        String family = p.guardian() == null ? null : (p.guardian().name() + " " + Objects.toString(p.guardian().phone(), "")).trim();
        return new ReferralPatient(p.name(), p.sex(), p.birthDate(), p.idNumber(), p.phone(), address, family,
                texts.get("referral.payer." + p.insurance().name()), null);
    }

    private static String address(Address a, RuleBook rules) {
        StringBuilder s = new StringBuilder();
        if (a.townshipCode() != null) {
            rules.divisions().find(a.townshipCode().substring(0, Math.min(6, a.townshipCode().length())))
                    .ifPresent(d -> s.append(d.name()));
            s.append(rules.divisions().find(a.townshipCode()).map(Division::name).orElse(""));
        }
        s.append(Objects.toString(a.villageName(), "")).append(Objects.toString(a.detail(), ""));
        return s.toString();
    }
}
