package cn.screening.workstation.ui.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.screening.workstation.domain.cases.Disease;
import cn.screening.workstation.domain.division.Division;
import cn.screening.workstation.domain.ledger.Certification;
import cn.screening.workstation.domain.ledger.TreatmentStatus;
import cn.screening.workstation.domain.patient.PatientQuery;
import cn.screening.workstation.service.Page;
import cn.screening.workstation.service.PatientListItem;
import cn.screening.workstation.service.PatientRecord;
import cn.screening.workstation.service.PatientSource;
import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.service.ledger.HospitalChoice;
import cn.screening.workstation.service.ledger.LedgerFilter;
import cn.screening.workstation.service.ledger.LedgerListPort;
import cn.screening.workstation.service.ledger.LedgerRow;
import cn.screening.workstation.ui.Kits;
import cn.screening.workstation.ui.RecordingErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The ledger list asks the ledger with the typed filter at each change; opening a row goes to the patient or, failing that, to the form. */
class LedgerListViewModelTest {

    private static final LedgerRow ROW = new LedgerRow(UUID.randomUUID(), UUID.randomUUID(), "张**", "210727********1234", "七里河镇",
            "LUNG_CANCER", "肺癌", TreatmentStatus.WAITING, Certification.PENDING, null, null, 0, 0, 0, null);

    private final List<LedgerFilter> asked = new ArrayList<>();
    private final RecordingErrors errors = new RecordingErrors();

    private LedgerListPort port(boolean mayKeep) {
        return new LedgerListPort() {
            @Override
            public List<LedgerRow> list(LedgerFilter filter, boolean full) {
                asked.add(filter);
                return List.of(ROW);
            }

            @Override
            public List<LedgerRow> rows(java.util.Collection<java.util.UUID> ids) {
                return ids.contains(ROW.id()) ? List.of(ROW) : List.of();
            }

            @Override
            public List<Disease> diseases() {
                return List.of();
            }

            @Override
            public List<Division> townships() {
                return List.of();
            }

            @Override
            public List<HospitalChoice> hospitals() {
                return List.of();
            }

            @Override
            public boolean mayKeep() {
                return mayKeep;
            }
        };
    }

    private static PatientSource patients(boolean held) {
        return new PatientSource() {
            @Override
            public Page<PatientListItem> search(PatientQuery query) {
                throw new UnsupportedOperationException();
            }

            @Override
            public PatientRecord open(UUID patientId) {
                if (!held) {
                    throw new ServiceException("error.patient.missing");
                }
                return new PatientRecord(patientId, "张**", "210727********1234", null, null, null, null, null, null, null,
                        List.of(), List.of(), List.of(), List.of(), false);
            }

            @Override
            public String revealIdNumber(UUID patientId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean mayReveal() {
                return false;
            }
        };
    }

    @Test
    void eachFilterChangeReadsWithTheTypedFilter() {
        LedgerListViewModel vm = new LedgerListViewModel(port(true), patients(true), Kits.direct(errors));
        vm.load();
        vm.status().set(TreatmentStatus.TREATING);
        vm.hospital().set("义县人民医院");
        vm.certification().set(Certification.CERTIFIED);
        assertThat(asked.get(asked.size() - 1)).isEqualTo(new LedgerFilter(null, TreatmentStatus.TREATING, null, "义县人民医院",
                Certification.CERTIFIED));
        int before = asked.size();
        vm.clearFilters();
        assertThat(asked).hasSize(before + 1); // one read for the five filters cleared
        assertThat(asked.get(asked.size() - 1)).isEqualTo(LedgerFilter.ALL);
        assertThat(vm.message().get()).isEqualTo("共 1 条");
    }

    @Test
    void openingARowShowsThePatientWithTheFormOnOffer() {
        LedgerListViewModel vm = new LedgerListViewModel(port(true), patients(true), Kits.direct(errors));
        List<String> offers = new ArrayList<>();
        List<LedgerRow> forms = new ArrayList<>();
        vm.open(ROW, (record, text, offer) -> {
            offers.add(text);
            offer.run();
        }, forms::add);
        assertThat(offers).containsExactly("入院登记…");
        assertThat(forms).containsExactly(ROW);
    }

    @Test
    void aPatientThisStationDoesNotHoldGoesStraightToTheForm() {
        LedgerListViewModel vm = new LedgerListViewModel(port(true), patients(false), Kits.direct(errors));
        List<LedgerRow> forms = new ArrayList<>();
        vm.open(ROW, (record, text, offer) -> { throw new AssertionError("no patient to show"); }, forms::add);
        assertThat(forms).containsExactly(ROW);
        assertThat(vm.message().get()).isNotBlank();
    }

    @Test
    void aReaderIsOfferedNoForm() {
        LedgerListViewModel vm = new LedgerListViewModel(port(false), patients(true), Kits.direct(errors));
        List<String> offers = new ArrayList<>();
        vm.open(ROW, (record, text, offer) -> offers.add(text == null ? "none" : text), row -> { throw new AssertionError(); });
        assertThat(offers).containsExactly("none");
        assertThat(vm.mayKeep()).isFalse();
    }
}
