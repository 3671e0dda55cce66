package cn.screening.workstation.service.ledger;

import cn.screening.workstation.domain.ledger.HospitalLevel;

/**
 * A designated hospital the admission form offers: its site code when the province's registry has
 * it (the row then goes to that hospital's workstation too), else null for a name of the bundled list.
 *
 * @param county the 6-digit GB/T 2260 county the hospital lies in
 */
public record HospitalChoice(String site, String name, HospitalLevel level, String county) {
}
