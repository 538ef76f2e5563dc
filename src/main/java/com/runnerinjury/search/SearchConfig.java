package com.runnerinjury.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Search settings: {@code runner-injury.search.*}. */
@ConfigMapping(prefix = "runner-injury.search")
public interface SearchConfig {

    /** How long search reuses the content it has read before reading it again. */
    @WithDefault("PT1M")
    Duration refreshInterval();
}
