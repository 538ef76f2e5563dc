package com.runnerinjury.shared.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.UncheckedIOException;

/**
 * Makes successful API reads cacheable by browsers and CDNs: a strong {@code ETag} computed from the body,
 * {@code Cache-Control}, and {@code 304 Not Modified} when the client already holds the current body.
 */
@Provider
@Priority(5000)
public class HttpCachingFilter implements ContainerResponseFilter {

    private final ObjectMapper objectMapper;
    /** Providers are built at static init, before runtime configuration exists: it is read per request. */
    private final Instance<HttpCachingConfig> config;

    public HttpCachingFilter(ObjectMapper objectMapper, Instance<HttpCachingConfig> config) {
        this.objectMapper = objectMapper;
        this.config = config;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        if (!read || response.getStatus() != 200 || !response.hasEntity()
                || !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        // Serialise once here so the ETag describes exactly the bytes that are sent.
        byte[] body = serialise(response.getEntity());
        String etag = ETags.of(body);
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        if (!response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "public, max-age=" + config.get().cacheMaxAge());
        }
        // CORS echoes the caller's origin, so a shared cache must keep one copy per origin.
        response.getHeaders().putSingle(HttpHeaders.VARY, "Accept, Accept-Encoding, Origin");
        if (ETags.noneMatchHits(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            response.setEntity(null);
            return;
        }
        response.setEntity(body, response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE);
    }

    private byte[] serialise(Object entity) {
        try {
            return objectMapper.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
