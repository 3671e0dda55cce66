package cn.screening.workstation.domain.ledger;

import java.time.LocalDate;
import java.util.List;

/**
 * The county's 核对认定 of one 救治对象: the verdict, why (required for 不予认定), who decided and
 * when, and the offices consulted (扶贫, 民政, ...).
 */
public record CertificationRecord(Certification status, String reason, String by, LocalDate on, List<String> officesConsulted) {

    public static final CertificationRecord WAITING = new CertificationRecord(Certification.PENDING, null, null, null, List.of());

    public CertificationRecord {
        status = status == null ? Certification.PENDING : status;
        officesConsulted = officesConsulted == null ? List.of() : List.copyOf(officesConsulted);
    }
}
