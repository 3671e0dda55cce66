package cn.screening.workstation.ui.common;

import cn.screening.workstation.service.ServiceException;
import cn.screening.workstation.store.StoreException;

/** Where background failures nobody handled end up: a dialog in the app, a list in tests. */
public interface ErrorReporter {

    void refused(ServiceException e);

    void storeFailed(StoreException e);

    void unexpected(Throwable e);
}
