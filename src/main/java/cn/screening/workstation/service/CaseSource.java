package cn.screening.workstation.service;

import cn.screening.workstation.domain.cases.CaseQuery;
import java.util.UUID;

/** What the case list reads (the CaseBrowser service; a fake in ViewModel tests). */
public interface CaseSource {

    Page<CaseListItem> search(CaseQuery query);

    CaseDetails open(UUID caseId);

    /** The full ID number; the service checks the permission and audits the reveal. */
    String revealIdNumber(UUID caseId);

    boolean mayReveal();
}
