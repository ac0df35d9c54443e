package io.mayorsdialogue.api.sistercity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkWalkTest {

    /** An undirected graph that counts the lookups the walk makes and the cities it asks about. */
    private static final class Graph implements Function<Collection<UUID>, Map<UUID, List<UUID>>> {
        final Map<UUID, List<UUID>> links = new HashMap<>();
        int lookups;
        int citiesAsked;

        Graph link(UUID a, UUID b) {
            links.computeIfAbsent(a, x -> new ArrayList<>()).add(b);
            links.computeIfAbsent(b, x -> new ArrayList<>()).add(a);
            return this;
        }

        @Override
        public Map<UUID, List<UUID>> apply(Collection<UUID> cities) {
            lookups++;
            citiesAsked += cities.size();
            Map<UUID, List<UUID>> answer = new HashMap<>();
            cities.forEach(c -> answer.put(c, links.getOrDefault(c, List.of())));
            return answer;
        }
    }

    private static List<UUID> cities(int n) {
        return IntStream.range(0, n).mapToObj(i -> new UUID(0, i + 1)).toList();
    }

    /** 40 cities all linked to each other: 40·39·38 paths of length 3, but each city is asked about once. */
    @Test
    void aDenseGraphCostsTheCitiesReachedNotThePaths() {
        List<UUID> c = cities(40);
        Graph g = new Graph();
        for (int i = 0; i < c.size(); i++) {
            for (int j = i + 1; j < c.size(); j++) {
                g.link(c.get(i), c.get(j));
            }
        }
        List<NetworkWalk.Reached> reached = NetworkWalk.from(c.get(0), 3, 500, g);
        assertThat(reached).hasSize(39).allMatch(r -> r.distance() == 1 && r.path().size() == 2);
        assertThat(reached).extracting(NetworkWalk.Reached::city).doesNotHaveDuplicates().doesNotContain(c.get(0));
        assertThat(g.lookups).isLessThanOrEqualTo(3);
        assertThat(g.citiesAsked).isEqualTo(40); // the root, then its 39 neighbours once; nothing new after that
    }

    @Test
    void eachCityIsReachedAtItsShortestDistanceByTheSmallestPath() {
        List<UUID> c = cities(5);
        // 1 - 2 - 4 - 5, and 1 - 3 - 4: 4 is two steps away by 2 or 3; the path through 2 sorts first.
        Graph g = new Graph().link(c.get(0), c.get(1)).link(c.get(1), c.get(3)).link(c.get(0), c.get(2))
                .link(c.get(2), c.get(3)).link(c.get(3), c.get(4));
        Map<UUID, NetworkWalk.Reached> byCity = new HashMap<>();
        NetworkWalk.from(c.get(0), 3, 500, g).forEach(r -> byCity.put(r.city(), r));
        assertThat(byCity.get(c.get(3)).distance()).isEqualTo(2);
        assertThat(byCity.get(c.get(3)).path()).containsExactly(c.get(0), c.get(1), c.get(3));
        assertThat(byCity.get(c.get(4)).path()).containsExactly(c.get(0), c.get(1), c.get(3), c.get(4));
        assertThat(NetworkWalk.from(c.get(0), 1, 500, new Graph().link(c.get(0), c.get(1)).link(c.get(1), c.get(2))))
                .extracting(NetworkWalk.Reached::city).containsExactly(c.get(1));
    }

    /** Once a level has reached more than the answer can show, deeper levels (which sort after it) are not read. */
    @Test
    void theWalkStopsOnceItHasReachedEnough() {
        List<UUID> c = cities(111);
        Graph g = new Graph();
        for (int i = 1; i <= 10; i++) {
            g.link(c.get(0), c.get(i));
            for (int j = 0; j < 10; j++) {
                g.link(c.get(i), c.get(11 + (i - 1) * 10 + j));
            }
        }
        assertThat(NetworkWalk.from(c.get(0), 3, 5, g)).hasSize(10);
        assertThat(g.lookups).isEqualTo(1);
        assertThat(NetworkWalk.from(c.get(0), 3, 500, g)).hasSize(110);
        assertThat(g.lookups).isEqualTo(1 + 3); // the unbounded walk reads all three levels
    }
}
