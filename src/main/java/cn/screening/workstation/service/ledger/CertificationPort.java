package cn.screening.workstation.service.ledger;

import cn.screening.workstation.domain.ledger.Certification;
import java.util.List;
import java.util.UUID;

/** What the 核对认定 list and its dialog ask of the ledger, each call made off the FX thread. */
public interface CertificationPort {

    /** The rows of this verdict (待核对: the longest waiting first). */
    List<CertificationRow> certifications(Certification status);

    /** Records the verdict; who and when are the logged-in user and today. Refused with the field named. */
    void certify(UUID rowId, Certification verdict, String reason, List<String> officesConsulted);

    /** Whether this user may give a verdict (the list is shown read-only otherwise). */
    boolean mayCertify();

    /** Who certifies here: the logged-in user's name, as the verdict will record it. */
    String certifier();
}
