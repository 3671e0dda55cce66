package cn.screening.workstation.ui;

import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.store.StoreException;
import cn.screening.workstation.ui.common.ErrorReporter;
import java.util.ArrayList;
import java.util.List;

/** Keeps the failures nobody handled, so a test can assert there were none. */
public final class RecordingErrors implements ErrorReporter {

    public final List<Throwable> seen = new ArrayList<>();

    @Override
    public void refused(ServiceException e) {
        seen.add(e);
    }

    @Override
    public void storeFailed(StoreException e) {
        seen.add(e);
    }

    @Override
    public void unexpected(Throwable e) {
        seen.add(e);
    }
}
