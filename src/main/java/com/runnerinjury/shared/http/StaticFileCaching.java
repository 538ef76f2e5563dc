package com.runnerinjury.shared.http;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Lets browsers revalidate the static files (the widgets) once their {@code max-age}
 * ({@code quarkus.http.static-resources.max-age}) has passed. Vert.x marks every static file {@code immutable},
 * which promises that the URL never changes; the widget URLs are embedded in other sites unversioned and do change
 * with a release, so the directive is dropped.
 */
@ApplicationScoped
public class StaticFileCaching {

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 3).handler(this::dropImmutable);
    }

    private void dropImmutable(RoutingContext context) {
        context.addHeadersEndHandler(done -> {
            MultiMap headers = context.response().headers();
            String cacheControl = headers.get(HttpHeaders.CACHE_CONTROL);
            if (cacheControl != null && cacheControl.contains("immutable")) {
                headers.set(HttpHeaders.CACHE_CONTROL, withoutImmutable(cacheControl));
            }
        });
        context.next();
    }

    static String withoutImmutable(String cacheControl) {
        return Arrays.stream(cacheControl.split(","))
                .map(String::trim)
                .filter(directive -> !directive.equalsIgnoreCase("immutable"))
                .collect(Collectors.joining(", "));
    }
}
