package cn.screening.workstation.service.registry;

import java.nio.file.Path;
import java.util.List;

/** What the registry view needs of the service (store reads and file writes: off the FX thread). */
public interface RegistryPort {

    /** The confirmed patients this site is responsible for, names and ID numbers masked. */
    List<RegistryRow> list();

    /** Writes the registry as an XLSX workbook, masked; returns how many patients it holds. */
    int exportXlsx(Path file);
}
