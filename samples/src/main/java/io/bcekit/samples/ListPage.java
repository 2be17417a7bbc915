package io.bcekit.samples;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One page of a list answer: {@code marker} (the request's, echoed), {@code isTruncated},
 * {@code nextMarker} (only when truncated), {@code maxKeys} and the items under the list's own
 * name. A marker is the key of the first item of a page; items keep creation order.
 */
final class ListPage {

    static final int DEFAULT_MAX_KEYS = 1000;

    private ListPage() {
    }

    static <T> Map<String, Object> of(List<T> all, Function<T, String> key, String marker, Integer maxKeys,
            String listName, Function<T, ?> view) {
        int size = maxKeys == null || maxKeys < 1 || maxKeys > DEFAULT_MAX_KEYS ? DEFAULT_MAX_KEYS : maxKeys;
        int start = 0;
        if (marker != null && !marker.isEmpty()) {
            start = all.size(); // a marker that names nothing: an empty last page
            for (int i = 0; i < all.size(); i++) {
                if (key.apply(all.get(i)).equals(marker)) {
                    start = i;
                    break;
                }
            }
        }
        int end = Math.min(all.size(), start + size);
        Map<String, Object> page = new LinkedHashMap<>();
        if (marker != null && !marker.isEmpty()) {
            page.put("marker", marker);
        }
        page.put("isTruncated", end < all.size());
        if (end < all.size()) {
            page.put("nextMarker", key.apply(all.get(end)));
        }
        page.put("maxKeys", size);
        page.put(listName, all.subList(start, end).stream().map(view).toList());
        return page;
    }
}
