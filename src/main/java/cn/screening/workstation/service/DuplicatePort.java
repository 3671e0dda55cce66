package cn.screening.workstation.service;

import cn.screening.workstation.service.PatientMerge.Duplicate;
import java.util.List;

/** What the duplicate-patient rows of the conflict screen need of the service (off the FX thread). */
public interface DuplicatePort {

    List<Duplicate> duplicates();

    void merge(long seq);
}
