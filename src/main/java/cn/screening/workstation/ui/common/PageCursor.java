package cn.screening.workstation.ui.common;

import cn.screening.workstation.service.Page;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Where a paged list stands: the offset it asks for next, whether there is a page before and
 * after the one shown, and the line "共 N 条，第 x/y 页" (or "共 1,000+ 条，第 x 页" once the count
 * stopped at its cap). Shared by the case and patient lists.
 */
public final class PageCursor {

    private final int size;
    private final I18n i18n;
    private final String textKey;
    private final String cappedKey;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper();
    private int offset;
    private long total;

    /**
     * @param textKey   a message with the total, the page number and the page count
     * @param cappedKey a message with the capped total ("1,000+") and the page number, for when counting stopped
     */
    public PageCursor(int size, I18n i18n, String textKey, String cappedKey) {
        this.size = size;
        this.i18n = i18n;
        this.textKey = textKey;
        this.cappedKey = cappedKey;
    }

    public void first() {
        offset = 0;
    }

    /** Moves to the next page; false when there is none. */
    public boolean next() {
        if (!hasNext.get()) {
            return false;
        }
        offset += size;
        return true;
    }

    /** Moves to the page before; false when this is the first. */
    public boolean previous() {
        if (!hasPrevious.get()) {
            return false;
        }
        offset = Math.max(0, offset - size);
        return true;
    }

    /** A page arrived: the buttons and the line follow it. */
    public void shown(Page<?> page) {
        total = page.total();
        hasPrevious.set(page.hasPrevious());
        hasNext.set(page.hasNext());
        if (page.totalIsLowerBound()) {
            // counting stopped at the cap: "1,000+", and no page count to promise
            text.set(i18n.get(cappedKey, total, offset / size + 1));
            return;
        }
        long pages = Math.max(1, (total + size - 1) / size);
        text.set(i18n.get(textKey, total, offset / size + 1, pages));
    }

    public int offset() {
        return offset;
    }

    public int size() {
        return size;
    }

    public long total() {
        return total;
    }

    public ReadOnlyStringProperty text() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPrevious() {
        return hasPrevious.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasNext() {
        return hasNext.getReadOnlyProperty();
    }
}
