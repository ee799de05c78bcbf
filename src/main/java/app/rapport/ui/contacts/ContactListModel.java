package app.rapport.ui.contacts;

import app.rapport.domain.contacts.ContactSummary;
import app.rapport.ui.common.TaskRunner;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.ObservableListBase;

/**
 * The contacts list as the table sees it: every id of the query's result, in SQL's order, with
 * summaries fetched a page at a time as rows scroll into view. Only the ids of all matches are held
 * (100,000 contacts are under a megabyte); the table stays virtualised and never sorts in Java.
 */
public final class ContactListModel extends ObservableListBase<ContactRow> {
    static final int PAGE_SIZE = 200;
    private static final int CACHED_PAGES = 64;
    private static final int WANTED_PAGES = 6;

    private final long[] ids;
    private final Function<long[], List<ContactSummary>> loader;
    private final TaskRunner runner;
    private final Map<Integer, ContactSummary[]> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, ContactSummary[]> eldest) {
            return size() > CACHED_PAGES;
        }
    };
    private final Set<Integer> pending = new HashSet<>();
    /** Pages asked for most recently; a page scrolled past before its turn comes is not loaded. */
    private final Deque<Integer> wanted = new ArrayDeque<>();
    /** Pages that could not be read: their rows say so rather than "Loading…" for ever. */
    private final Set<Integer> failed = new HashSet<>();
    private final Consumer<Throwable> onFailure;
    private boolean resolvingInline;

    /** {@code onFailure} hears, on the UI thread, of each page that could not be read. */
    public ContactListModel(long[] ids, Function<long[], List<ContactSummary>> loader, TaskRunner runner,
                            Consumer<Throwable> onFailure) {
        this.ids = ids;
        this.loader = loader;
        this.runner = runner;
        this.onFailure = onFailure;
    }

    public ContactListModel(long[] ids, Function<long[], List<ContactSummary>> loader, TaskRunner runner) {
        this(ids, loader, runner, failure -> { });
    }

    public static ContactListModel empty(TaskRunner runner) {
        return new ContactListModel(new long[0], ids -> List.of(), runner);
    }

    @Override
    public int size() {
        return ids.length;
    }

    @Override
    public ContactRow get(int index) {
        int pageNumber = index / PAGE_SIZE;
        ContactSummary[] page = pages.get(pageNumber);
        if (page == null && failed.contains(pageNumber)) {
            return ContactRow.unreadable(ids[index]); // asked again only when the list is loaded anew
        }
        if (page == null) {
            request(pageNumber);
            page = pages.get(pageNumber);
        }
        return page == null && failed.contains(pageNumber) ? ContactRow.unreadable(ids[index])
                : new ContactRow(ids[index], page == null ? null : page[index % PAGE_SIZE]);
    }

    /** Position of a contact in this result, or -1. */
    public int indexOfId(long id) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == id) {
                return i;
            }
        }
        return -1;
    }

    public long idAt(int index) {
        return ids[index];
    }

    private void request(int page) {
        synchronized (wanted) {
            wanted.remove(page);
            wanted.addFirst(page);
            while (wanted.size() > WANTED_PAGES) {
                wanted.removeLast();
            }
        }
        if (!pending.add(page)) {
            return;
        }
        int from = page * PAGE_SIZE;
        long[] slice = Arrays.copyOfRange(ids, from, Math.min(ids.length, from + PAGE_SIZE));
        resolvingInline = true;
        try {
            runner.run(() -> isWanted(page) ? loader.apply(slice) : null,
                    rows -> loaded(page, slice, rows),
                    failure -> failed(page, slice, failure));
        } finally {
            resolvingInline = false;
        }
    }

    /**
     * Reads one contact's row again (its score or flag changed) when its page is held, without a new
     * query for the whole list; then {@code shown} redraws the rows. No list change is announced: the
     * table would take a replaced row for a new one and drop the selection.
     */
    public void reload(long id, Runnable shown) {
        int index = indexOfId(id);
        if (index < 0 || !pages.containsKey(index / PAGE_SIZE)) {
            return;
        }
        runner.run(() -> loader.apply(new long[] {id}), rows -> {
            ContactSummary[] page = pages.get(index / PAGE_SIZE);
            if (page == null || rows.isEmpty()) {
                return;
            }
            page[index % PAGE_SIZE] = rows.get(0);
            shown.run();
        }, failure -> { });
    }

    private boolean isWanted(int page) {
        synchronized (wanted) {
            return wanted.contains(page);
        }
    }

    private void failed(int page, long[] slice, Throwable failure) {
        pending.remove(page);
        failed.add(page);
        onFailure.accept(failure);
        if (resolvingInline) {
            return;
        }
        int from = page * PAGE_SIZE;
        beginChange();
        for (int i = 0; i < slice.length; i++) {
            nextSet(from + i, new ContactRow(slice[i], null));
        }
        endChange();
    }

    private void loaded(int page, long[] slice, List<ContactSummary> rows) {
        pending.remove(page);
        if (rows == null) {
            return; // scrolled away before it was loaded; asked again if it comes back into view
        }
        // rows come back without contacts deleted meanwhile; match them to positions by id
        Map<Long, ContactSummary> byId = new LinkedHashMap<>();
        for (ContactSummary s : rows) {
            byId.put(s.id(), s);
        }
        ContactSummary[] filled = new ContactSummary[PAGE_SIZE];
        for (int i = 0; i < slice.length; i++) {
            filled[i] = byId.get(slice[i]);
        }
        pages.put(page, filled);
        if (resolvingInline) {
            return; // a synchronous runner filled the page inside get(); nothing to announce
        }
        int from = page * PAGE_SIZE;
        beginChange();
        for (int i = 0; i < slice.length; i++) {
            nextSet(from + i, new ContactRow(slice[i], null));
        }
        endChange();
    }
}
