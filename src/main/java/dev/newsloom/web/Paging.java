package dev.newsloom.web;

import java.util.function.IntFunction;

/**
 * Where one page of a numbered list stands: which pages exist, the links to its neighbours, and
 * what to say on a page past the end. Every list (home, source, hashtag, category, search) pages
 * through the same way, from the number of items it would list, so no page links to one that
 * cannot exist.
 *
 * @param page     the page asked for, 1 or more (1 for an empty list)
 * @param total    how many items the list has in all
 * @param lastPage the last page that lists anything (1 for an empty list: its first page says it is empty)
 * @param href     the address of page n (page 1 without a page parameter)
 */
public record Paging(int page, long total, int lastPage, IntFunction<String> href) {

    /** Pages of {@code size} items over {@code total}; {@code maxPage} caps how deep a list can be paged, or 0 for no cap. */
    static Paging of(int page, long total, int size, int maxPage, IntFunction<String> href) {
        long pages = Math.max(1, (total + size - 1) / size);
        if (maxPage > 0) pages = Math.min(pages, maxPage);
        // a list with nothing in it has only its first page, whatever was asked: it says it is empty, and no page is past its end
        return new Paging(total == 0 ? 1 : Math.max(1, page), total, (int) Math.min(Integer.MAX_VALUE, pages), href);
    }

    /** The page a request asks for, of {@code total} items at {@code base} (page 1 being {@code base} itself), uncapped. */
    static Paging at(io.javalin.http.Context ctx, long total, int size, String base) {
        return of(requested(ctx), total, size, 0, n -> n == 1 ? base : base + "?page=" + n);
    }

    /** The page number a request asked for: 1 when absent; zero or a negative number is refused (400). */
    static int requested(io.javalin.http.Context ctx) {
        return QueryNumbers.of(ctx, "page", 1, 1);
    }

    /** Whether this page lies beyond the last one: it has nothing to list, and answers 404. */
    boolean pastEnd() {
        return page > lastPage;
    }

    /** The offset of this page's first item, for a page that is not past the end. */
    int offset(int size) {
        return (page - 1) * size;
    }

    String newerHref() {
        return page > 1 && !pastEnd() ? href.apply(page - 1) : null;
    }

    String olderHref() {
        return page < lastPage ? href.apply(page + 1) : null;
    }

    /** "Page 2 of 5", or null for a list that fits on one page. */
    String position() {
        return lastPage > 1 && !pastEnd() ? "Page " + page + " of " + lastPage : null;
    }

    /** What a page past the end says instead of its list, with a link to the last page that lists something. */
    PastEnd pastEndNotice(String items) {
        if (!pastEnd()) return null;
        String what = total == 1 ? "the one " + singular(items) + " is" : "all " + total + " " + items + " are";
        return new PastEnd("No more " + items + ": page " + page + " is past the end of this list; " + what
                + (lastPage == 1 ? " on its first page." : " on pages 1 to " + lastPage + "."),
                href.apply(lastPage), lastPage == 1 ? "Go to the first page" : "Go to the last page (page " + lastPage + ")");
    }

    private static String singular(String items) {
        return items.endsWith("s") ? items.substring(0, items.length() - 1) : items;
    }

    /** What the page's template shows: its pager, or on a page past the end the notice instead of the list. */
    Pager view(String items) {
        return new Pager(newerHref(), olderHref(), position(), pastEndNotice(items));
    }

    /**
     * A list page's pager as templates show it.
     *
     * @param position "Page 2 of 5", or null
     * @param pastEnd  on a page past the end, what it says instead of its list; otherwise null
     */
    public record Pager(String newerHref, String olderHref, String position, PastEnd pastEnd) {}

    /** The "no more results" notice of a page past the end of a list. */
    public record PastEnd(String message, String lastHref, String lastLabel) {}
}
