package cn.screening.workstation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.patient.Guardian;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.validation.Violation;
import cn.screening.workstation.service.today.StandardWork;
import cn.screening.workstation.store.ConsentHolds;
import cn.screening.workstation.store.OutboxEntry;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule 10 after registration: a child registered before the guardian signs stays on the workstation until the consent is recorded. */
class GuardianConsentsTest {

    @TempDir
    Path dir;
    Workspace ws;
    cn.screening.workstation.service.assembly.Services services;
    final LocalDate today = LocalDate.now(ConsentHolds.PROVINCE_ZONE);

    @BeforeEach
    void open() {
        ws = TestSites.login(TestSites.countyHospital(dir), "doctor", TestSites.DOCTOR_PASSWORD);
        services = TestSites.services(ws);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    static Patient child(String name, LocalDate birth, int seq, boolean consent) {
        Patient p = TestSites.patient(name, TestSites.yixianId(birth, seq), Sex.MALE, birth);
        return new Patient(p.id(), p.name(), p.idType(), p.idNumber(), p.sex(), p.birthDate(), p.ethnicityCode(), p.phone(),
                p.address(), new Guardian("王大明", "父亲", "13900001111", consent, consent ? birth.plusYears(1) : null),
                p.povertyStatus(), p.insurance(), null, null);
    }

    RegistrationOutcome.Saved register(Patient p) {
        return (RegistrationOutcome.Saved) services.registration().register(new RegistrationRequest(p, null,
                CaseRegistration.HEMOPHILIA, CaseRegistrationTest.jointBleedWithCorrectingAptt(), true));
    }

    List<OutboxEntry> sendable() {
        return ws.database().read(tx -> ws.outbox().nextPending(tx, 100, ConsentHolds.heldRecords(tx, ConsentHolds.today(tx))));
    }

    @Test
    void aChildWithoutConsentIsRegisteredButHeldBackAndCountedUntilTheConsentIsRecorded() {
        LocalDate childBirth = today.minusYears(8);
        var withoutConsent = services.registration().register(new RegistrationRequest(child("王小明", childBirth, 11, false), null,
                CaseRegistration.HEMOPHILIA, CaseRegistrationTest.jointBleedWithCorrectingAptt(), false));
        // registered only once the warning is acknowledged: the record will stay here
        assertThat(withoutConsent).isInstanceOf(RegistrationOutcome.NeedsAcknowledgement.class);
        assertThat(((RegistrationOutcome.NeedsAcknowledgement) withoutConsent).warnings().warnings())
                .extracting(Violation::messageKey).contains("patient.guardian_consent_pending");
        RegistrationOutcome.Saved minor = register(child("王小明", childBirth, 11, false));
        RegistrationOutcome.Saved signed = register(child("李小红", childBirth, 13, true));
        LocalDate adultBirth = LocalDate.of(1990, 3, 9);
        RegistrationOutcome.Saved adult = register(TestSites.patient("赵成年", TestSites.yixianId(adultBirth, 15), Sex.MALE, adultBirth));

        Set<UUID> minorsRecords = Set.of(minor.patientId(), minor.caseId());
        assertThat(sendable()).extracting(OutboxEntry::entityId)
                .containsExactlyInAnyOrder(signed.patientId(), signed.caseId(), adult.patientId(), adult.caseId())
                .doesNotContainAnyElementsOf(minorsRecords);
        long pending = ws.database().read(tx -> ws.outbox().pendingCount(tx));
        assertThat(pending).isEqualTo(6); // the child's entries wait in the outbox // the child's entries wait in the outbox
        assertThat(services.todaysWork().today().count(StandardWork.SYNC_CONSENT)).isEqualTo(1);
        assertThat(services.guardianConsents().waitingCount()).isEqualTo(1);
        assertThat(services.todaysWork().today().items()).filteredOn(i -> i.kind().equals(StandardWork.SYNC_CONSENT))
                .singleElement().satisfies(i -> {
                    assertThat(i.recordId()).isEqualTo(minor.patientId());
                    assertThat(i.title()).isEqualTo("王**");
                });

        Patient consented = services.guardianConsents().record(minor.patientId(), "王大明", "父亲", today.minusDays(1));
        assertThat(consented.guardian().consentGiven()).isTrue();
        assertThat(consented.guardian().consentDate()).isEqualTo(today.minusDays(1));
        assertThat(consented.guardian().phone()).isEqualTo("13900001111");
        assertThat(ws.database().read(tx -> ws.patients().findById(tx, minor.patientId())).orElseThrow().guardian().consentDate())
                .isEqualTo(today.minusDays(1));
        assertThat(sendable()).extracting(OutboxEntry::entityId).containsAll(minorsRecords).hasSize(6);
        assertThat(services.todaysWork().today().count(StandardWork.SYNC_CONSENT)).isZero();
    }

    @Test
    void aConsentNeedsTheGuardianAndADateNotInTheFuture() {
        RegistrationOutcome.Saved minor = register(child("王小明", today.minusYears(5), 11, false));
        assertThatThrownBy(() -> services.guardianConsents().record(minor.patientId(), " ", "父亲", today))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.result().errors()).extracting(Violation::messageKey)
                        .containsExactly("common.required"));
        assertThatThrownBy(() -> services.guardianConsents().record(minor.patientId(), "王大明", "父亲", today.plusDays(1)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.result().errors()).extracting(Violation::messageKey)
                        .containsExactly("patient.consent_date_invalid"));
        assertThat(services.guardianConsents().waitingCount()).isEqualTo(1);
    }

    @Test
    void aChildKnownOnlyByTheIdNumbersBirthDateIsHeldToo() {
        LocalDate birth = today.minusYears(3);
        Patient p = child("王小明", birth, 11, false);
        Patient noBirthDate = new Patient(UUID.randomUUID(), p.name(), p.idType(), p.idNumber(), p.sex(), null, p.ethnicityCode(),
                p.phone(), p.address(), p.guardian(), p.povertyStatus(), p.insurance(), "210727-C", null);
        ws.database().write(ws.session().actor(), tx -> ws.patients().insert(tx, noBirthDate));
        List<UUID> waiting = ws.database().read(tx -> ConsentHolds.waitingPatients(tx, ConsentHolds.today(tx)));
        assertThat(waiting).containsExactly(noBirthDate.id());
        assertThat(sendable()).isEmpty();
    }
}
