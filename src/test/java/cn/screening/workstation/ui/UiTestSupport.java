package cn.screening.workstation.ui;

import cn.screening.workstation.app.AppConfig;
import cn.screening.workstation.domain.site.InstitutionType;
import cn.screening.workstation.domain.site.SiteProfile;
import cn.screening.workstation.domain.user.Role;
import cn.screening.workstation.service.Accounts;
import cn.screening.workstation.service.LoginResult;
import cn.screening.workstation.service.Workspace;
import cn.screening.workstation.service.Workstation;
import cn.screening.workstation.store.LockoutPolicy;
import cn.screening.workstation.store.StoreOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.testfx.util.WaitForAsyncUtils;

/** A data folder for screen tests: cheap password hashing, a township clinic in 义县, an admin and a doctor. */
public final class UiTestSupport {

    public static final String ADMIN = "admin";
    public static final String DOCTOR = "doctor1";
    public static final String PASSWORD = "Secret2026";
    /** 七里河镇, 义县, 锦州市, 辽宁省 */
    public static final String TOWNSHIP = "210727102";
    /** A boy born 2010-01-01 in 义县, with a valid check character. */
    public static final String GOOD_ID = "210727201001011237";
    /** The same number with a wrong check character. */
    public static final String BAD_ID = "210727201001011232";

    private UiTestSupport() {
    }

    public static AppConfig config(Path folder) {
        return new AppConfig(folder, "zh", new LockoutPolicy(5, Duration.ofMinutes(5), 1_000),
                StoreOptions.DEFAULT.withCacheSizeKb(4 * 1024), Clock.systemDefaultZone());
    }

    public static Workstation workstation(Path folder) {
        AppConfig c = config(folder);
        return new Workstation(folder, c.lockout(), c.storeOptions(), c.clock());
    }

    /** Sets the folder up as the wizard would, and adds a township doctor. */
    public static void setUpClinic(Path folder) {
        Workstation ws = workstation(folder);
        ws.setUp(new SiteProfile(TOWNSHIP + "-T", InstitutionType.TOWNSHIP, TOWNSHIP, "七里河镇卫生院"), ADMIN, "王管理",
                PASSWORD.toCharArray());
        LoginResult r = ws.login(ADMIN, PASSWORD.toCharArray());
        try (Workspace w = ((LoginResult.Success) r).workspace()) {
            new Accounts(w).add(DOCTOR, "李医生", Role.TOWNSHIP_DOCTOR, PASSWORD.toCharArray());
        }
    }

    /** Waits for the FX thread and background work until the condition holds. */
    public static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.getAsBoolean();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met in time", e);
        }
    }
}
