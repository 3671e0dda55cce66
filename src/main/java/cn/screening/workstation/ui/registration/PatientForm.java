package cn.screening.workstation.ui.registration;

import cn.screening.workstation.domain.division.Division;
import cn.screening.workstation.domain.reference.Ethnicity;
import cn.screening.workstation.domain.identity.IdNumber;
import cn.screening.workstation.domain.identity.IdType;
import cn.screening.workstation.domain.identity.Sex;
import cn.screening.workstation.domain.patient.Address;
import cn.screening.workstation.domain.patient.Age;
import cn.screening.workstation.domain.patient.Guardian;
import cn.screening.workstation.domain.patient.InsuranceType;
import cn.screening.workstation.domain.patient.Patient;
import cn.screening.workstation.domain.patient.PatientRules;
import cn.screening.workstation.domain.patient.PovertyStatus;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The patient half of the registration form, as typed. */
public final class PatientForm {

    final StringProperty name = new SimpleStringProperty("");
    final ObjectProperty<IdType> idType = new SimpleObjectProperty<>(IdType.RESIDENT_ID);
    final StringProperty idNumber = new SimpleStringProperty("");
    final ObjectProperty<Sex> sex = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> birthDate = new SimpleObjectProperty<>();
    final ObjectProperty<Ethnicity> ethnicity = new SimpleObjectProperty<>();
    final StringProperty phone = new SimpleStringProperty("");
    final ObjectProperty<Division> township = new SimpleObjectProperty<>();
    final StringProperty village = new SimpleStringProperty("");
    final StringProperty addressDetail = new SimpleStringProperty("");
    final StringProperty guardianName = new SimpleStringProperty("");
    final StringProperty guardianRelation = new SimpleStringProperty("");
    final StringProperty guardianPhone = new SimpleStringProperty("");
    final BooleanProperty guardianConsent = new SimpleBooleanProperty();
    final ObjectProperty<PovertyStatus> poverty = new SimpleObjectProperty<>(PovertyStatus.NONE);
    final ObjectProperty<InsuranceType> insurance = new SimpleObjectProperty<>(InsuranceType.RESIDENT);
    private final BooleanBinding guardianNeeded;
    private final Supplier<LocalDate> today;

    PatientForm(Supplier<LocalDate> today) {
        this.today = today;
        guardianNeeded = Bindings.createBooleanBinding(() -> {
            LocalDate birth = birthDate.get();
            return birth != null && !birth.isAfter(today.get()) && Age.yearsOn(birth, today.get()) < PatientRules.GUARDIAN_AGE;
        }, birthDate);
    }

    /** Tidies a resident ID as typed and fills sex and birth date from it; false when it cannot be read. */
    boolean deriveFromIdNumber() {
        if (idType.get() != IdType.RESIDENT_ID || idNumber.get().isBlank()) {
            return false;
        }
        IdNumber id = IdNumber.parse(idNumber.get());
        idNumber.set(id.value());
        if (!id.hasValidCheckCharacter()) {
            return false;
        }
        id.sex().ifPresent(sex::set);
        id.birthDate().ifPresent(birthDate::set);
        return true;
    }

    /** The patient as the service checks it; the village code is found by name where the table has villages. */
    Patient toPatient(VillageLookup villages) {
        String townshipCode = township.get() == null ? null : township.get().code();
        String villageName = blankToNull(village.get());
        String villageCode = villageName == null || townshipCode == null ? null : villages.codeOf(townshipCode, villageName);
        Address address = new Address(townshipCode, villageCode, villageName, blankToNull(addressDetail.get()));
        boolean anyGuardian = guardianNeeded.get() || !guardianName.get().isBlank() || !guardianPhone.get().isBlank();
        Guardian guardian = anyGuardian ? new Guardian(blankToNull(guardianName.get()), blankToNull(guardianRelation.get()),
                blankToNull(guardianPhone.get()), guardianConsent.get(),
                guardianConsent.get() ? today.get() : null) : null;
        return new Patient(null, name.get().strip(), idType.get(), idNumber.get().strip(), sex.get(), birthDate.get(),
                ethnicity.get() == null ? null : ethnicity.get().code(), blankToNull(phone.get()), address, guardian,
                poverty.get(), insurance.get(), null, null);
    }

    void clear() {
        name.set("");
        idNumber.set("");
        sex.set(null);
        birthDate.set(null);
        phone.set("");
        village.set("");
        addressDetail.set("");
        guardianName.set("");
        guardianRelation.set("");
        guardianPhone.set("");
        guardianConsent.set(false);
        poverty.set(PovertyStatus.NONE);
        insurance.set(InsuranceType.RESIDENT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Finds a village's 12-digit code by its name within a township, or null. */
    @FunctionalInterface
    interface VillageLookup {
        String codeOf(String townshipCode, String villageName);
    }

    public BooleanBinding guardianNeeded() {
        return guardianNeeded;
    }

    public StringProperty name() {
        return name;
    }

    public ObjectProperty<IdType> idType() {
        return idType;
    }

    public StringProperty idNumber() {
        return idNumber;
    }

    public ObjectProperty<Sex> sex() {
        return sex;
    }

    public ObjectProperty<LocalDate> birthDate() {
        return birthDate;
    }

    public ObjectProperty<Ethnicity> ethnicity() {
        return ethnicity;
    }

    public StringProperty phone() {
        return phone;
    }

    public ObjectProperty<Division> township() {
        return township;
    }

    public StringProperty village() {
        return village;
    }

    public StringProperty addressDetail() {
        return addressDetail;
    }

    public StringProperty guardianName() {
        return guardianName;
    }

    public StringProperty guardianRelation() {
        return guardianRelation;
    }

    public StringProperty guardianPhone() {
        return guardianPhone;
    }

    public BooleanProperty guardianConsent() {
        return guardianConsent;
    }

    public ObjectProperty<PovertyStatus> poverty() {
        return poverty;
    }

    public ObjectProperty<InsuranceType> insurance() {
        return insurance;
    }
}
