package com.runnerinjury.shared.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How API responses may be cached: {@code runner-injury.http.*}. */
@ConfigMapping(prefix = "runner-injury.http")
public interface HttpCachingConfig {

    /** Seconds browsers and shared caches may reuse an API response. */
    @WithDefault("300")
    long cacheMaxAge();
}
