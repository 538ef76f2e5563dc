package com.runnerinjury.shared.observability;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;
import jakarta.annotation.Priority;

/**
 * Keeps OpenTelemetry off unless an OTLP endpoint is configured, so tracing turns on by setting
 * {@code QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT} alone. An explicit {@code quarkus.otel.sdk.disabled} still wins.
 */
@Priority(Priorities.APPLICATION)
public class TracingSwitch implements ConfigSourceInterceptor {

    static final String SDK_DISABLED = "quarkus.otel.sdk.disabled";
    static final String[] ENDPOINTS = {
            "quarkus.otel.exporter.otlp.endpoint", "quarkus.otel.exporter.otlp.traces.endpoint"};

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (!SDK_DISABLED.equals(name) || isSet(value)) {
            return value;
        }
        boolean endpointConfigured = false;
        for (String endpoint : ENDPOINTS) {
            ConfigValue configured = context.proceed(endpoint);
            endpointConfigured |= isSet(configured) && !configured.getValue().isBlank();
        }
        return ConfigValue.builder().withName(SDK_DISABLED).withValue(Boolean.toString(!endpointConfigured))
                .withConfigSourceName(TracingSwitch.class.getSimpleName()).build();
    }

    /** Set by some configuration, not merely by the extension's default, which sits at the lowest ordinal. */
    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && value.getConfigSourceOrdinal() > Integer.MIN_VALUE;
    }
}
