package id.kinerja.commons.paging;

import id.kinerja.commons.problem.ProblemException;
import io.quarkus.panache.common.Sort;

import java.util.Set;

/** Parses DHIS2-style ordering ({@code order=name:asc,code:desc}) against the fields a collection allows. */
public final class Order {

    private Order() {
    }

    public static Sort parse(String order, Set<String> allowed, String defaultField) {
        if (order == null || order.isBlank()) {
            return Sort.by(defaultField);
        }
        Sort sort = null;
        for (String part : order.split(",")) {
            String[] fieldAndDirection = part.trim().split(":");
            String field = fieldAndDirection[0];
            if (!allowed.contains(field)) {
                throw ProblemException.badRequest("order", "cannot order by '" + field + "'; allowed: " + allowed);
            }
            Sort.Direction direction = Sort.Direction.Ascending;
            if (fieldAndDirection.length > 1) {
                switch (fieldAndDirection[1].toLowerCase()) {
                    case "asc" -> direction = Sort.Direction.Ascending;
                    case "desc" -> direction = Sort.Direction.Descending;
                    default -> throw ProblemException.badRequest("order", "direction must be asc or desc");
                }
            }
            sort = sort == null ? Sort.by(field, direction) : sort.and(field, direction);
        }
        return sort;
    }
}
