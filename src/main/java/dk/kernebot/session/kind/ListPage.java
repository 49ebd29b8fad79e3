package dk.kernebot.session.kind;

/**
 * One page of a list of {@code total} items, {@code size} at a time: which items it holds and what is before and
 * after it. {@code newestFirst}: the list is in the order written and its first page is its end (the newest), the
 * next ones go back in time; otherwise (a ranking) the first page is the top.
 */
record ListPage(int page, int pages, int from, int to, int total) {

    static ListPage of(int total, int size, int asked, boolean newestFirst) {
        int pages = Math.max(1, (total + size - 1) / size);
        int page = Math.max(1, Math.min(asked, pages));
        int from = newestFirst ? Math.max(0, total - page * size) : (page - 1) * size;
        int to = newestFirst ? total - (page - 1) * size : Math.min(total, from + size);
        return new ListPage(page, pages, from, Math.max(from, to), total);
    }

    boolean paged() {
        return pages > 1;
    }

    boolean hasNext() {
        return page < pages;
    }

    boolean hasPrevious() {
        return page > 1;
    }

    /** How many items the pages after this one hold. */
    int after(boolean newestFirst) {
        return newestFirst ? from : total - to;
    }
}
