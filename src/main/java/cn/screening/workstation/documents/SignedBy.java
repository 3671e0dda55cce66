package cn.screening.workstation.documents;

import java.time.LocalDate;

/** Who signs a letter, a phone to call them back on, and the letter's date. */
public record SignedBy(String doctor, String phone, LocalDate date) {

    public SignedBy {
        doctor = Fields.required("doctor", doctor);
        phone = Fields.optional(phone);
        date = Fields.required("date", date);
    }
}
