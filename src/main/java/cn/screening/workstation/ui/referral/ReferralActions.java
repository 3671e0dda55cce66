package cn.screening.workstation.ui.referral;

import cn.screening.workstation.domain.referral.Referral;
import cn.screening.workstation.domain.referral.ReferralSide;
import cn.screening.workstation.domain.referral.ReferralStatus;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** What the page offers for the selected referral besides its moves: edit the draft, print, write the 下转单. */
public final class ReferralActions {

    private final BooleanProperty editDraft = new SimpleBooleanProperty();
    private final BooleanProperty printLetter = new SimpleBooleanProperty();
    private final BooleanProperty printBack = new SimpleBooleanProperty();
    private final BooleanProperty backRefer = new SimpleBooleanProperty();

    /** @param maySign whether this user writes and signs back-referrals */
    void offerFor(Referral r, ReferralSide side, boolean maySign) {
        boolean sender = side == ReferralSide.SENDER;
        editDraft.set(sender && r.status() == ReferralStatus.DRAFT);
        printLetter.set(true);
        printBack.set(r.backReferral() != null);
        backRefer.set(!sender && r.status() == ReferralStatus.ADMITTED && maySign);
    }

    void none() {
        editDraft.set(false);
        printLetter.set(false);
        printBack.set(false);
        backRefer.set(false);
    }

    public BooleanProperty editDraft() {
        return editDraft;
    }

    public BooleanProperty printLetter() {
        return printLetter;
    }

    public BooleanProperty printBack() {
        return printBack;
    }

    public BooleanProperty backRefer() {
        return backRefer;
    }
}
