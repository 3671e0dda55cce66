package cn.screening.workstation.domain.patient;

import java.util.regex.Pattern;

/** The phone numbers a follow-up call can reach: a mainland mobile, or a landline with its area code. */
public final class PhoneNumber {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");

    private PhoneNumber() {
    }

    /** 13812341234, 0416-1234567, 04161234567, 010-12345678-123. */
    public static boolean isValid(String phone) {
        if (phone == null) {
            return false;
        }
        String compact = phone.strip().replace(" ", "");
        return MOBILE.matcher(compact).matches() || LANDLINE.matcher(compact).matches();
    }
}
