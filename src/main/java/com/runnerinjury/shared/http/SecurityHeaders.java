package com.runnerinjury.shared.http;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/**
 * Adds the headers every response needs whatever produced it (a resource, a problem, Swagger UI, a static file):
 * {@code X-Content-Type-Options}, {@code Referrer-Policy}, a {@code Content-Security-Policy} fitting the kind of
 * page, {@code Strict-Transport-Security} when configured, and {@code Vary: Origin}, because CORS echoes the
 * caller's origin and a shared cache must not hand one origin's copy to another.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** JSON is never a document to render: nothing may load, and no page may frame it. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /** Swagger UI's page starts itself with inline scripts and draws icons from data URIs. */
    static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

    /**
     * The widgets under {@code /widget/}: the demo page runs only its own module scripts, styles and icon, and talks
     * only to this service. The components style their shadow roots with constructed stylesheets, which need no
     * {@code 'unsafe-inline'}. Sent with the scripts too, where browsers ignore it: a script's response policy
     * does not bind the page that imports it.
     */
    static final String WIDGET_POLICY = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; "
            + "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /** Any other page of our own: same-origin resources. */
    static final String PAGE_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "frame-ancestors 'none'";

    private final SecurityHeadersConfig config;

    public SecurityHeaders(SecurityHeadersConfig config) {
        this.config = config;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(this::add);
    }

    private void add(RoutingContext context) {
        String path = context.request().path();
        context.addHeadersEndHandler(done -> {
            MultiMap headers = context.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("Content-Security-Policy", policyFor(path));
            config.strictTransportSecurity().ifPresent(value -> headers.set("Strict-Transport-Security", value));
            varyOnOrigin(headers);
        });
        context.next();
    }

    static String policyFor(String path) {
        if (path.startsWith("/q/swagger-ui")) {
            return SWAGGER_UI_POLICY;
        }
        if (path.equals("/widget") || path.startsWith("/widget/")) {
            return WIDGET_POLICY;
        }
        return path.startsWith("/api/") || path.startsWith("/q/") ? API_POLICY : PAGE_POLICY;
    }

    private static void varyOnOrigin(MultiMap headers) {
        String vary = headers.get("Vary");
        if (vary == null || vary.isBlank()) {
            headers.set("Vary", "Origin");
        } else if (!vary.toLowerCase(Locale.ROOT).contains("origin")) {
            headers.set("Vary", vary + ", Origin");
        }
    }
}
