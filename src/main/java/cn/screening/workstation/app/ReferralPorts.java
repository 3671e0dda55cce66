package cn.screening.workstation.app;

import cn.screening.workstation.service.Services;
import cn.screening.workstation.ui.today.TodayPort;
import java.util.List;

/** The referral, follow-up, registry and today's-work screens' ports over the session's services. */
final class ReferralPorts {

    private ReferralPorts() {
    }

    static TodayPort today(Services services) {
        return new TodayPort() {
            @Override
            public List<Waiting> referrals() {
                return List.of();
            }

            @Override
            public List<Waiting> followUps() {
                return List.of();
            }

            @Override
            public int samplesOverdue() {
                return 0; // the specimen screens feed this count
            }

            @Override
            public int openConflicts() {
                return services.syncConflicts().open().size();
            }

            @Override
            public int quarantined() {
                return services.quarantine().list().size();
            }
        };
    }
}
