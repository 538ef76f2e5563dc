package com.runnerinjury.shared.observability;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is a sensible token, a new UUID otherwise.
 * The id is put on every log line of the request (MDC key {@code requestId}) and echoed in the response header.
 */
@ApplicationScoped
public class RequestIdFilter {

    private static final String HEADER = "X-Request-Id";
    private static final String MDC_KEY = "requestId";

    /** Caller-supplied ids end up in logs, so only short plain tokens are trusted. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    void register(@Observes Router router) {
        // Runs before every other route, so even framework errors are logged with the id.
        router.route().order(Integer.MIN_VALUE).handler(this::assign);
    }

    private void assign(RoutingContext context) {
        ensureRequestId(context);
        context.next();
    }

    /** Gives the request its id unless it has one: a request can fail before the route that assigns it runs. */
    public static void ensureRequestId(RoutingContext context) {
        if (context.response().headers().contains(HEADER)) {
            return;
        }
        String offered = context.request().getHeader(HEADER);
        String requestId = offered != null && ACCEPTABLE.matcher(offered).matches()
                ? offered
                : UUID.randomUUID().toString();
        context.response().putHeader(HEADER, requestId);
        MDC.put(MDC_KEY, requestId);
        context.addEndHandler(done -> MDC.remove(MDC_KEY));
    }
}
