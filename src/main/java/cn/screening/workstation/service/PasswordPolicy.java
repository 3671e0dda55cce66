package cn.screening.workstation.service;

import java.util.Optional;

/** At least 8 characters with a letter and a digit (GB/T 22239 asks for complexity; more would be ignored on paper notes). */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;

    private PasswordPolicy() {
    }

    /** The UI-bundle key of the problem, or empty when the password is acceptable. */
    public static Optional<String> problem(char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            return Optional.of("error.password.short");
        }
        boolean letter = false;
        boolean digit = false;
        for (char c : password) {
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
        }
        return letter && digit ? Optional.empty() : Optional.of("error.password.weak");
    }

    /** Usernames: 2–40 letters (Chinese too), digits, '.', '_' or '-'. */
    public static boolean validUsername(String username) {
        return username != null && username.matches("[\\p{L}\\p{N}._-]{2,40}");
    }
}
