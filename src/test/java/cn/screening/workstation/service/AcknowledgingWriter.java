package cn.screening.workstation.service;

import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.store.StoreOptions;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.time.LocalDate;

/**
 * A workstation in a JVM of its own that registers cases one after another, as a clinic does, and
 * prints each case's id only once its save has returned: what it printed is what it acknowledged.
 * Run by {@link WorkstationKillTest}, which kills it with SIGKILL. Arguments: data folder, first number, and
 * {@code listen} to take the command line's backup requests as the window does.
 */
public final class AcknowledgingWriter {

    static final LocalDate FIRST_BIRTH = LocalDate.of(2010, 1, 1);

    private AcknowledgingWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int first = Integer.parseInt(args[1]);
        try (Workspace ws = TestSites.login(TestSites.workstation(data), "doctor", TestSites.DOCTOR_PASSWORD);
             WindowBackupListener listener = args.length > 2 && args[2].equals("listen") ? listen(ws) : null) {
            CaseRegistration registration = TestSites.services(ws).registration();
            for (int n = first; ; n++) {
                var outcome = registration.register(new RegistrationRequest(boy(n), null, CaseRegistration.HEMOPHILIA,
                        CaseRegistrationTest.jointBleedWithCorrectingAptt(), true));
                if (outcome instanceof RegistrationOutcome.DuplicateIdentity) {
                    continue; // saved by the writer before, which was killed before it printed it
                }
                if (!(outcome instanceof RegistrationOutcome.Saved saved)) {
                    throw new IllegalStateException("case " + n + " not saved: " + outcome);
                }
                System.out.println("saved " + n + " " + saved.caseId());
                System.out.flush();
            }
        }
    }

    /** The window's control socket, as the app starts it after a login (decision 0024); says where once bound. */
    private static WindowBackupListener listen(Workspace ws) throws Exception {
        WindowBackupListener l = WindowBackupListener.start(ws.database().folder(), new WindowBackups(ws,
                new Backups(TestSites.FAST_KEYS, StoreOptions.DEFAULT, RestoreCheck.TABLES), ZoneId.systemDefault()));
        System.out.println("listening " + l.bound().get(30, TimeUnit.SECONDS));
        System.out.flush();
        return l;
    }

    /** The n-th boy: a distinct, valid ID number of 义县 for every n below 500 × 3,650. */
    static Patient boy(int n) {
        LocalDate birth = FIRST_BIRTH.plusDays(n / 500);
        Patient p = TestSites.patient("王小明", TestSites.yixianId(birth, (n % 500) * 2 + 1), Sex.MALE, birth);
        return new Patient(null, p.name(), p.idType(), p.idNumber(), p.sex(), p.birthDate(), p.ethnicityCode(), p.phone(),
                p.address(), new cn.screening.workstation.domain.patient.Guardian("王大明", "父亲", "13900001111", true, null),
                p.povertyStatus(), p.insurance(), null, null);
    }
}
