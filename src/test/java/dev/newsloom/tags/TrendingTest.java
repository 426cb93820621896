package dev.newsloom.tags;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TrendingTest {
    @Test
    void aBurstOutranksAnAlwaysFrequentTag() {
        Map<String, Integer> recent = Map.of("ceasefire", 9, "weather", 12, "lonely", 5, "rumour", 2);
        Map<String, Integer> baseline = Map.of("ceasefire", 4, "weather", 96, "lonely", 0);
        Map<String, Integer> sources = Map.of("ceasefire", 4, "weather", 5, "lonely", 1, "rumour", 2);
        var trends = Trending.rank(recent, baseline, sources, 8, 10);
        // weather: 12 now against 12 expected is no trend; lonely has one source; rumour is too small
        assertThat(trends).extracting(Trending.Trend::key).containsExactly("ceasefire");
        assertThat(trends.get(0).expected()).isEqualTo(0.5);
    }

    @Test
    void aNewTagWithBroadCoverageTrends() {
        var trends = Trending.rank(Map.of("a", 6, "b", 4), Map.of(), Map.of("a", 3, "b", 2), 8, 1);
        assertThat(trends).extracting(Trending.Trend::key).containsExactly("a");
    }
}
