package cn.screening.workstation.service;

/** What the login page needs: the store opened with the user's password; fulfilled by {@link Workstation}. */
@FunctionalInterface
public interface LoginPort {

    LoginResult login(String username, char[] password);
}
