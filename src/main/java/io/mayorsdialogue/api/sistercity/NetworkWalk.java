package io.mayorsdialogue.api.sistercity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Breadth-first walk of the sister-city graph with one visited set for the whole walk: each city is reached once,
 * at its shortest distance, so the cost is one neighbour lookup per level (at most {@code depth}) over the cities
 * reached, never the number of paths (which grows exponentially in a dense graph). Of several shortest paths the
 * walk keeps the smallest in uuid order, so the answer is the same on every call.
 */
final class NetworkWalk {

    /** A city reached, with the path from the root (root first, the city last). */
    record Reached(UUID city, int distance, List<UUID> path) {
    }

    private static final Comparator<List<UUID>> PATH_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).toString().compareTo(b.get(i).toString());
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private NetworkWalk() {
    }

    /**
     * Every city within {@code depth} links of {@code root}, root excluded, nearest levels first. Stops after the
     * level in which more than {@code enough} cities have been reached: deeper levels would sort after them.
     * {@code neighbours}: for a set of cities, each one's linked cities (one database query per call).
     */
    static List<Reached> from(UUID root, int depth, int enough, Function<Collection<UUID>, Map<UUID, List<UUID>>> neighbours) {
        Map<UUID, List<UUID>> pathTo = new HashMap<>(Map.of(root, List.of(root)));
        List<Reached> reached = new ArrayList<>();
        List<UUID> frontier = List.of(root);
        for (int distance = 1; distance <= depth && !frontier.isEmpty() && reached.size() <= enough; distance++) {
            Map<UUID, List<UUID>> links = neighbours.apply(frontier);
            List<UUID> next = new ArrayList<>();
            for (UUID parent : frontier.stream().sorted(Comparator.comparing(pathTo::get, PATH_ORDER)).toList()) {
                for (UUID city : links.getOrDefault(parent, List.of()).stream().sorted(Comparator.comparing(UUID::toString)).toList()) {
                    if (!pathTo.containsKey(city)) {
                        List<UUID> path = new ArrayList<>(pathTo.get(parent));
                        path.add(city);
                        pathTo.put(city, List.copyOf(path));
                        reached.add(new Reached(city, distance, pathTo.get(city)));
                        next.add(city);
                    }
                }
            }
            frontier = next;
        }
        return reached;
    }
}
