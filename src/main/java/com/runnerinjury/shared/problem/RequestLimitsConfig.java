package com.runnerinjury.shared.problem;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How large a request the service reads: {@code runner-injury.http.limits.*}. Over a limit is a 414, 431 or 413
 * problem.
 * The HTTP decoder's own hard limits ({@code quarkus.http.limits.max-initial-line-length} and
 * {@code max-header-size}) must stay above these: past them a request is refused before any route runs, without a
 * body.
 */
@ConfigMapping(prefix = "runner-injury.http.limits")
public interface RequestLimitsConfig {

    /** Characters of the request target (path and query); longer is a 414. */
    @WithDefault("4096")
    int maxUriLength();

    /** Characters of all header lines together ({@code name: value} each); more is a 431. */
    @WithDefault("20480")
    int maxHeaderSize();

    /**
     * Bytes of a request body, as its {@code Content-Length} declares; more is a 413. The largest valid editorial
     * body is far smaller. {@code quarkus.http.limits.max-body-size} must stay above it.
     */
    @WithDefault("65536")
    long maxBodySize();
}
