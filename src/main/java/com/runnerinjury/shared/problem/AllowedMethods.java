package com.runnerinjury.shared.problem;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods each path of the API answers, read once from the resource classes' JAX-RS annotations, for the
 * {@code Allow} header of a 405 (the framework raises it without one).
 */
final class AllowedMethods {

    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{[^}]+}");

    private static volatile List<Route> routes;

    private AllowedMethods() {
    }

    /** The methods allowed on the path, as an {@code Allow} value; empty if no resource serves it. */
    static String of(String path) {
        Set<String> methods = new TreeSet<>();
        for (Route route : routes()) {
            if (route.pattern().matcher(path).matches()) {
                methods.add(route.method());
            }
        }
        if (methods.isEmpty()) {
            return "";
        }
        if (methods.contains(HttpMethod.GET)) {
            methods.add(HttpMethod.HEAD);
        }
        methods.add(HttpMethod.OPTIONS);
        return String.join(", ", methods);
    }

    private static List<Route> routes() {
        if (routes == null) {
            List<Route> found = new ArrayList<>();
            for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class)) {
                Path base = bean.getBeanClass().getAnnotation(Path.class);
                if (base != null) {
                    addRoutes(found, base.value(), bean.getBeanClass());
                }
            }
            routes = List.copyOf(found);
        }
        return routes;
    }

    private static void addRoutes(List<Route> found, String base, Class<?> resource) {
        for (Method method : resource.getMethods()) {
            for (var annotation : method.getAnnotations()) {
                HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    String template = (base + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/");
                    String regex = TEMPLATE_VARIABLE.matcher(Pattern.quote(template))
                            .replaceAll("\\\\E[^/]+\\\\Q");
                    found.add(new Route(Pattern.compile(regex), verb.value()));
                }
            }
        }
    }

    private record Route(Pattern pattern, String method) {
    }
}
