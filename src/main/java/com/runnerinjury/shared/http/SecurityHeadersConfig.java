package com.runnerinjury.shared.http;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Security headers that depend on the deployment: {@code runner-injury.http.security.*}. */
@ConfigMapping(prefix = "runner-injury.http.security")
public interface SecurityHeadersConfig {

    /**
     * The {@code Strict-Transport-Security} value, such as {@code max-age=31536000; includeSubDomains}, for a
     * deployment reached only over TLS; unset sends none, because a plain-HTTP deployment must not promise TLS.
     */
    Optional<String> strictTransportSecurity();
}
