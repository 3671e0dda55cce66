package cn.screening.workstation.service.today;

import cn.screening.workstation.service.Workspace;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** "今日待办": everything waiting on this workstation's user, gathered from the work sources in one read. */
public final class TodaysWork {

    private final Workspace ws;
    private final ZoneId zone;
    private final List<String> kinds;
    private final List<WorkSource> sources;

    /**
     * @param kinds   every kind the sources give, so the counts show a zero for a kind with nothing waiting
     * @param sources the standard ones ({@link StandardWork}) and any a feature adds
     */
    public TodaysWork(Workspace ws, ZoneId zone, List<String> kinds, List<WorkSource> sources) {
        this.ws = ws;
        this.zone = zone;
        this.kinds = List.copyOf(kinds);
        this.sources = List.copyOf(sources);
    }

    public TodaysWorkList today() {
        LocalDate today = LocalDate.ofInstant(ws.database().clock().instant(), zone);
        List<WorkItem> items = ws.database().read(tx -> {
            List<WorkItem> all = new ArrayList<>();
            for (WorkSource s : sources) {
                all.addAll(s.items(tx, today));
            }
            return all;
        });
        items = items.stream().sorted(Comparator.comparing(WorkItem::overdue).reversed()
                .thenComparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        Map<String, Long> counts = new LinkedHashMap<>();
        kinds.forEach(k -> counts.put(k, 0L));
        items.forEach(i -> counts.merge(i.kind(), 1L, Long::sum));
        return new TodaysWorkList(counts, items);
    }
}
