package cn.screening.workstation.app;

import cn.screening.workstation.protocol.EntityTypes;
import cn.screening.workstation.service.PatientMerge;
import cn.screening.workstation.service.Quarantine;
import cn.screening.workstation.service.Quarantine.QuarantinedChange;
import cn.screening.workstation.service.SyncConflicts;
import cn.screening.workstation.service.SyncSetup;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.domain.SyncConflict;
import cn.screening.workstation.ui.conflicts.ConflictPort;
import cn.screening.workstation.ui.conflicts.DuplicatePort;
import cn.screening.workstation.ui.quarantine.QuarantinePort;
import cn.screening.workstation.ui.settings.SyncSettingsPort;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The sync screens' ports over the session's services. */
final class SyncPorts {

    private SyncPorts() {
    }

    static ConflictPort conflicts(SyncConflicts service) {
        return new ConflictPort() {
            @Override
            public List<SyncConflict> open() {
                return service.open();
            }

            @Override
            public void resolve(UUID conflictId, SyncConflicts.Pick pick) {
                service.resolve(conflictId, pick);
            }
        };
    }

    static DuplicatePort duplicates(PatientMerge service) {
        return new DuplicatePort() {
            @Override
            public List<PatientMerge.Duplicate> duplicates() {
                return service.duplicates();
            }

            @Override
            public void merge(long seq) {
                service.merge(seq);
            }
        };
    }

    static QuarantinePort quarantine(Quarantine service, Workspace ws) {
        return new QuarantinePort() {
            @Override
            public List<QuarantinedChange> list() {
                return service.list();
            }

            @Override
            public List<Quarantine.UnstoredRecord> unstored() {
                return service.unstored();
            }

            @Override
            public void requeue(List<Long> seqs) {
                service.requeue(seqs);
            }

            @Override
            public Optional<String> idNumberOf(String entityType, UUID entityId) {
                return ws.database().read(tx -> {
                    Optional<UUID> patientId = switch (entityType) {
                        case EntityTypes.PATIENT -> Optional.of(entityId);
                        case EntityTypes.CASE -> ws.cases().findById(tx, entityId).map(c -> c.patientId());
                        default -> Optional.empty();
                    };
                    if (patientId.isEmpty()) {
                        return Optional.<String>empty();
                    }
                    return ws.patients().findById(tx, patientId.get()).map(p -> p.idNumber());
                }).or(() -> service.unstoredIdNumber(entityType, entityId));
            }
        };
    }

    static SyncSettingsPort settings(SyncSetup setup, String siteName) {
        return new SyncSettingsPort() {
            @Override
            public Enrolment current() {
                var s = setup.state();
                return new Enrolment(s.enrolled(), s.siteCode(), s.serverUrl());
            }

            @Override
            public String enrol(String serverUrl, String code) {
                var r = setup.enrol(serverUrl, code, deviceName(siteName));
                return r.site().name() + "（" + r.site().code() + "）";
            }

            @Override
            public void changeServer(String serverUrl) {
                setup.changeServer(serverUrl);
            }
        };
    }

    /** The name the province lists this PC under: the Windows computer name where there is one. */
    private static String deviceName(String siteName) {
        String host = System.getenv("COMPUTERNAME");
        if (host == null || host.isBlank()) {
            host = System.getenv("HOSTNAME");
        }
        return host == null || host.isBlank() ? siteName : siteName + " / " + host;
    }
}
