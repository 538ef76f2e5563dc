package com.runnerinjury.shared.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The first route of every request: refuses one the routes cannot read with a problem before any of them sees it.
 * A request target longer than {@link RequestLimitsConfig#maxUriLength()} is a 414, headers over
 * {@link RequestLimitsConfig#maxHeaderSize()} a 431, and a 400 goes to a target that is not a valid URI (a {@code %}
 * not followed by two hex digits, a raw {@code |}), which the router would fail on with a logged stack trace and the
 * resources answer with a 404, and to an HTTP/1.1 request without a readable {@code Host}, which Vert.x refuses
 * itself unless forwarded headers are enabled, as they are here.
 */
@ApplicationScoped
public class RequestGuard {

    /**
     * The JVM system property that hands URI validation from Quarkus to this guard, set by the main class and, for
     * dev mode and the tests, by the build. Without it Quarkus refuses an invalid URI itself, with an empty 400,
     * before this guard runs.
     */
    public static final String DISABLE_QUARKUS_URI_VALIDATION = "vertx.disableURIValidation";

    static final String HOST_REQUIRED = "An HTTP/1.1 request must carry one Host header naming the server "
            + "(RFC 9112, section 3.2).";

    private static final Logger LOG = Logger.getLogger(RequestGuard.class);

    private final RequestLimitsConfig limits;
    private final ProblemResponder responder;

    public RequestGuard(RequestLimitsConfig limits, ProblemResponder responder) {
        this.limits = limits;
        this.responder = responder;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
        if (!Boolean.getBoolean(DISABLE_QUARKUS_URI_VALIDATION)) {
            LOG.infof("Started without -D%s=true: Quarkus answers a request target that is not a valid URI with "
                    + "an empty 400 instead of a problem", DISABLE_QUARKUS_URI_VALIDATION);
        }
    }

    void check(RoutingContext context) {
        Optional<ProblemDetail> refusal = refusal(context.request());
        if (refusal.isPresent()) {
            responder.send(context, refusal.get());
        } else {
            context.next();
        }
    }

    private Optional<ProblemDetail> refusal(HttpServerRequest request) {
        String uri = request.uri();
        if (uri.length() > limits.maxUriLength()) {
            return Optional.of(problem(414, "The request target is %d characters long; this server reads at most %d. "
                    .formatted(uri.length(), limits.maxUriLength()) + "Send fewer or shorter query parameters.",
                    request));
        }
        int headerSize = headerSize(request);
        if (headerSize > limits.maxHeaderSize()) {
            return Optional.of(problem(431, "The request headers take %d characters; this server reads at most %d."
                    .formatted(headerSize, limits.maxHeaderSize()), request));
        }
        long bodySize = declaredBodySize(request);
        if (bodySize > limits.maxBodySize()) {
            return Optional.of(problem(413, "The request body is %d bytes; this server takes at most %d."
                    .formatted(bodySize, limits.maxBodySize()), request));
        }
        if (request.version() == HttpVersion.HTTP_1_1 && !hasHost(request)) {
            return Optional.of(problem(400, HOST_REQUIRED, request));
        }
        try {
            new URI(uri);
        } catch (URISyntaxException e) {
            return Optional.of(problem(400, "The request target is not a valid URI (%s at index %d): percent-encode "
                    .formatted(e.getReason(), e.getIndex())
                    + "spaces, '|', non-ASCII characters and '%' itself (as %25).", request));
        }
        return Optional.empty();
    }

    /**
     * Whether the request names a readable host. Quarkus' forwarded-header support replaces the authority Vert.x read
     * with one it builds from the raw Host header, empty when there is none, so it is checked again here. That
     * support drops a port it cannot read, so {@code Host: localhost:x} passes as {@code localhost}.
     */
    static boolean hasHost(HttpServerRequest request) {
        HostAndPort authority = request.authority();
        return authority != null && authority.host() != null && !authority.host().isBlank()
                && HostAndPort.parseAuthority(authority.toString(), -1) != null;
    }

    /**
     * The body size the request declares, or 0 without a usable {@code Content-Length} (the framework limit applies).
     */
    private static long declaredBodySize(HttpServerRequest request) {
        try {
            String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
            return length == null ? 0 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Counted as the HTTP decoder counts toward its own limit: each header line as {@code name: value}. */
    private static int headerSize(HttpServerRequest request) {
        int size = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            size += header.getKey().length() + 2 + header.getValue().length();
        }
        return size;
    }

    private static ProblemDetail problem(int status, String detail, HttpServerRequest request) {
        return ProblemDetail.of(ProblemType.HTTP, status, detail, request.path(), null);
    }
}
