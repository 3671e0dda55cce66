package cn.screening.workstation.cli;

import java.security.SecureRandom;

/** Passwords for the demonstration's accounts: six letters and four digits, no look-alikes (l/1, o/0). */
final class DemoPasswords {

    private static final String LETTERS = "abcdefghjkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private final SecureRandom random = new SecureRandom();

    String next() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            b.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        }
        for (int i = 0; i < 4; i++) {
            b.append(DIGITS.charAt(random.nextInt(DIGITS.length())));
        }
        return b.toString();
    }
}
