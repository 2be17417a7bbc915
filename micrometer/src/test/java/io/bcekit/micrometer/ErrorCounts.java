package io.bcekit.micrometer;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a registry holds, as {@code "code status adapter" -> count}, after checking it holds nothing but error counters. */
final class ErrorCounts {

    private ErrorCounts() {
    }

    static Map<String, Double> of(MeterRegistry registry) {
        Map<String, Double> counts = new TreeMap<>();
        for (Meter meter : registry.getMeters()) {
            assertThat(meter).isInstanceOf(Counter.class);
            assertThat(meter.getId().getName()).isEqualTo("bcekit.errors");
            List<Tag> tags = meter.getId().getTags(); // sorted by key
            assertThat(tags).extracting(Tag::getKey).containsExactly("adapter", "code", "status");
            counts.put(meter.getId().getTag("code") + " " + meter.getId().getTag("status") + " "
                    + meter.getId().getTag("adapter"), ((Counter) meter).count());
        }
        return counts;
    }
}
