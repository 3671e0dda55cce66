package cn.screening.workstation.service;

import cn.screening.workstation.domain.user.Role;
import cn.screening.workstation.domain.user.UserAccount;
import java.util.List;

/** What the accounts page needs (store work: off the FX thread); fulfilled by {@link Accounts}. */
public interface UsersPort {

    List<UserAccount> list();

    UserAccount add(String username, String displayName, Role role, char[] password);
}
