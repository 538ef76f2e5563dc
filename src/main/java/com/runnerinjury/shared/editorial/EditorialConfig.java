package com.runnerinjury.shared.editorial;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Whether this deployment takes editorial writes: {@code runner-injury.editorial.*}. */
@ConfigMapping(prefix = "runner-injury.editorial")
public interface EditorialConfig {

    /**
     * False where replicas do not share one database (the Kubernetes base, an embedded H2 per pod): writes are then
     * refused, so replicas never diverge.
     */
    @WithDefault("true")
    boolean writesEnabled();
}
