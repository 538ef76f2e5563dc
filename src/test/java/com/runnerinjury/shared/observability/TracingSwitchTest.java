package com.runnerinjury.shared.observability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Unit tests of when the tracing switch turns the OpenTelemetry SDK on or off. */
class TracingSwitchTest {

    @Test
    void keepsTracingOffWithoutAnEndpoint() {
        assertTrue(sdkDisabled(Map.of()));
    }

    @Test
    void turnsTracingOnWhenAnEndpointIsConfigured() {
        assertFalse(sdkDisabled(Map.of("quarkus.otel.exporter.otlp.endpoint", "http://collector:4317")));
        assertFalse(sdkDisabled(Map.of("quarkus.otel.exporter.otlp.traces.endpoint", "http://collector:4317")));
    }

    @Test
    void leavesAnExplicitSettingAlone() {
        assertTrue(sdkDisabled(Map.of("quarkus.otel.exporter.otlp.endpoint", "http://collector:4317",
                "quarkus.otel.sdk.disabled", "true")));
        assertFalse(sdkDisabled(Map.of("quarkus.otel.sdk.disabled", "false")));
    }

    private static boolean sdkDisabled(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withDefaultValue(TracingSwitch.SDK_DISABLED, "false")
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .withInterceptors(new TracingSwitch())
                .build();
        return config.getValue(TracingSwitch.SDK_DISABLED, Boolean.class);
    }
}
