package cn.screening.workstation.app;

import cn.screening.workstation.documents.InvalidDocumentException;
import cn.screening.workstation.documents.PdfPrinter;
import cn.screening.workstation.documents.referral.BackReferralLetterRenderer;
import cn.screening.workstation.documents.referral.ReferralLetterRenderer;
import cn.screening.workstation.domain.followup.FollowUp;
import cn.screening.workstation.domain.followup.Visit;
import cn.screening.workstation.domain.identity.Masking;
import cn.screening.workstation.domain.referral.BackReferral;
import cn.screening.workstation.domain.referral.Referral;
import cn.screening.workstation.domain.user.Permission;
import cn.screening.workstation.domain.referral.ReferralMove;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.assembly.Services;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.referral.ReferralLetters;
import cn.screening.workstation.service.referral.ReferralEntry;
import cn.screening.workstation.service.referral.Referrals;
import cn.screening.workstation.service.registry.RegistryRow;
import cn.screening.workstation.service.specimen.SpecimenWork;
import cn.screening.workstation.service.today.StandardWork;
import cn.screening.workstation.service.today.WorkItem;
import cn.screening.workstation.ui.followup.FollowUpPort;
import cn.screening.workstation.ui.referral.ReferralPort;
import cn.screening.workstation.ui.registry.RegistryPort;
import cn.screening.workstation.ui.today.TodayKind;
import cn.screening.workstation.ui.today.TodayPort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The referral, follow-up, registry and today's-work screens' ports over the session's services. */
final class ReferralPorts {

    private static final Map<String, TodayKind> KINDS = Map.of(
            SpecimenWork.URGENT_REFERRAL, TodayKind.URGENT_REFERRAL,
            StandardWork.REFERRAL_ANSWER, TodayKind.REFERRAL_TO_ANSWER,
            StandardWork.REFERRAL_ARRIVAL, TodayKind.REFERRAL_ARRIVAL,
            StandardWork.REFERRAL_BACK, TodayKind.REFERRAL_TO_BACK_REFER,
            StandardWork.REFERRAL_ACKNOWLEDGE, TodayKind.BACK_REFERRAL_TO_ACKNOWLEDGE,
            StandardWork.FOLLOW_UP_DUE, TodayKind.FOLLOW_UP_DUE,
            StandardWork.FOLLOW_UP_OVERDUE, TodayKind.FOLLOW_UP_OVERDUE);

    private ReferralPorts() {
    }

    static TodayPort today(Services services) {
        return new TodayPort() {
            @Override
            public List<Waiting> waiting() {
                return services.todaysWork().today().items().stream().filter(i -> KINDS.containsKey(i.kind()))
                        .map(ReferralPorts::waiting).toList();
            }

            @Override
            public int samplesOverdue() {
                return services.specimens().tracking().overdue().size();
            }

            @Override
            public int openConflicts() {
                return services.syncConflicts().open().size();
            }

            @Override
            public int quarantined() {
                return services.quarantine().list().size();
            }
        };
    }

    private static TodayPort.Waiting waiting(WorkItem i) {
        TodayKind kind = KINDS.get(i.kind());
        if (kind == TodayKind.FOLLOW_UP_DUE && i.overdue()) {
            kind = TodayKind.FOLLOW_UP_OVERDUE;
        }
        return new TodayPort.Waiting(kind, i.title(), i.due());
    }

    static FollowUpPort followUps(Services services) {
        Workspace ws = services.workspace();
        return new FollowUpPort() {
            @Override
            public List<FollowUpItem> list() {
                String site = ws.session().site().siteCode();
                return ws.database().read(tx -> {
                    List<FollowUpItem> out = new ArrayList<>();
                    for (FollowUp f : ws.followUps().where(tx, "site_code = ?", "next_due, id", site)) {
                        String name = ws.patients().findById(tx, f.patientId()).map(p -> Masking.name(p.name())).orElse("");
                        String caseNo = f.caseId() == null ? "" : ws.cases().caseNumber(tx, f.caseId()).orElse("");
                        out.add(new FollowUpItem(f, name, caseNo));
                    }
                    return out;
                });
            }

            @Override
            public java.util.Optional<Contact> contact(UUID followUpId) {
                return services.followUps().contact(followUpId).map(c -> new Contact(c.name(), c.phone(), c.familyContact()));
            }

            @Override
            public FollowUp record(UUID followUpId, Visit visit) {
                return services.followUps().recordVisit(followUpId, visit);
            }
        };
    }

    static RegistryPort registry(Services services) {
        return new RegistryPort() {
            @Override
            public List<RegistryRow> list() {
                return services.registry().list();
            }

            @Override
            public int exportXlsx(Path file) {
                return services.registry().exportXlsx(file, false, null);
            }
        };
    }

    static ReferralPort referrals(Services services, PdfPrinter printer) {
        Workspace ws = services.workspace();
        Referrals referrals = services.referrals();
        Letters letters = new Letters(services.referralLetters(), printer);
        return new ReferralPort() {
            @Override
            public String siteCode() {
                return ws.session().site().siteCode();
            }

            @Override
            public boolean maySignBackReferral() {
                return ws.session().may(Permission.BACK_REFER);
            }

            @Override
            public List<Hospital> hospitals() {
                return referrals.receivingSites().stream().map(s -> new Hospital(s.code(), s.name())).toList();
            }

            @Override
            public Prefill prefill(UUID caseId) {
                Referral d = referrals.draftFromCase(caseId);
                return new Prefill(null, caseId, maskedName(d), caseNo(d), letterOf(d, null));
            }

            @Override
            public Prefill prefillDraft(UUID referralId) {
                Referral r = stored(referralId);
                return new Prefill(r.id(), r.caseId(), maskedName(r), caseNo(r), letterOf(r, r.id()));
            }

            @Override
            public Referral saveDraft(Letter letter) {
                Referral base = letter.referralId() == null ? referrals.draftFromCase(letter.caseId()) : stored(letter.referralId());
                return referrals.saveDraft(written(base, letter));
            }

            @Override
            public Referral submit(Letter letter) {
                return referrals.submit(saveDraft(letter).id());
            }

            @Override
            public List<ReferralEntry> list() {
                return referrals.entries();
            }

            @Override
            public ReferralEntry move(UUID id, ReferralMove move, String note) {
                return referrals.make(id, move, note);
            }

            @Override
            public ReferralEntry arrived(UUID id, boolean admitted, String inpatientNo) {
                return referrals.arrive(id, admitted, inpatientNo);
            }

            @Override
            public ReferralEntry backRefer(UUID id, BackReferral back) {
                return referrals.sendBack(id, back);
            }

            @Override
            public Printed printLetter(UUID id) {
                return letters.printLetter(id);
            }

            @Override
            public void saveLetter(UUID id, Path file) {
                letters.writeLetter(id, file);
            }

            @Override
            public Printed printBackLetter(UUID id) {
                return letters.printBackLetter(id);
            }

            @Override
            public void saveBackLetter(UUID id, Path file) {
                letters.writeBackLetter(id, file);
            }

            private Referral stored(UUID id) {
                return referrals.find(id).orElseThrow(() -> new ServiceException("referral.not_found"));
            }

            private String caseNo(Referral r) {
                String carried = r.patient() == null || r.patient().caseNo() == null ? "" : r.patient().caseNo();
                return r.caseId() == null ? carried : ws.database().read(tx -> ws.cases().caseNumber(tx, r.caseId())).orElse(carried);
            }
        };
    }

    /** The letters rendered as PDF: into the chosen file, or through a temporary file to the printer. */
    private record Letters(ReferralLetters letters, PdfPrinter printer) {

        void writeLetter(UUID id, Path file) {
            write(file, () -> new ReferralLetterRenderer().write(letters.letter(id), file));
        }

        void writeBackLetter(UUID id, Path file) {
            write(file, () -> new BackReferralLetterRenderer().write(letters.backLetter(id), file));
        }

        ReferralPort.Printed printLetter(UUID id) {
            return print(id, false);
        }

        ReferralPort.Printed printBackLetter(UUID id) {
            return print(id, true);
        }

        private ReferralPort.Printed print(UUID id, boolean back) {
            if (!printer.hasPrinter()) {
                return ReferralPort.Printed.NO_PRINTER;
            }
            Path temp = null;
            try {
                temp = Files.createTempFile("referral-", ".pdf");
                if (back) {
                    writeBackLetter(id, temp);
                } else {
                    writeLetter(id, temp);
                }
                return printer.print(temp, temp.getFileName().toString()) == PdfPrinter.Outcome.SENT
                        ? ReferralPort.Printed.SENT : ReferralPort.Printed.NO_PRINTER;
            } catch (IOException e) {
                throw new ServiceException("referral.print.failed", e, String.valueOf(e.getMessage()));
            } finally {
                if (temp != null) {
                    temp.toFile().delete();
                }
            }
        }

        private static void write(Path file, PdfWrite work) {
            try {
                work.run();
            } catch (InvalidDocumentException e) {
                throw new ServiceException("referral.print.failed", e, e.getMessage());
            } catch (IOException e) {
                throw new ServiceException("error.file.write", e, file.toString());
            }
        }
    }

    @FunctionalInterface
    private interface PdfWrite {
        void run() throws IOException;
    }

    private static String maskedName(Referral r) {
        return r.patient() == null ? "" : Masking.name(r.patient().name());
    }

    private static ReferralPort.Letter letterOf(Referral r, UUID id) {
        return new ReferralPort.Letter(id, r.caseId(), r.toSite(), r.toDepartment(), r.purpose(), r.preliminaryDiagnosis(),
                r.clinicalSummary(), r.precautions(), r.urgency(), r.validFrom(), r.validUntil(), r.doctorPhone());
    }

    /** The stored (or freshly drafted) referral with what the form holds written over it. */
    private static Referral written(Referral base, ReferralPort.Letter l) {
        return new Referral(base.id(), base.referralNo(), base.patientId(), base.patient(), base.caseId(), base.fromSite(),
                blankToNull(l.toSite()), blankToNull(l.toDepartment()), blankToNull(l.purpose()),
                blankToNull(l.preliminaryDiagnosis()), blankToNull(l.clinicalSummary()), blankToNull(l.precautions()),
                l.urgency(), l.validFrom(), l.validUntil(), base.doctorName(), blankToNull(l.doctorPhone()), base.status(),
                base.receipt(), base.backReferral(), base.history(), base.meta());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
