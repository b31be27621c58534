package id.kinerja.commons.paging;

import java.util.List;
import java.util.function.Function;

/** A page of a collection with its pager, as DHIS2 clients expect. */
public record Paged<T>(Pager pager, List<T> items) {

    public record Pager(int page, int pageSize, long total, long pageCount) {
    }

    public static <E, T> Paged<T> of(List<E> rows, Function<E, T> mapper, int page, int pageSize, long total) {
        long pageCount = pageSize == 0 ? 0 : (total + pageSize - 1) / pageSize;
        return new Paged<>(new Pager(page, pageSize, total, pageCount), rows.stream().map(mapper).toList());
    }
}
