package io.mayorsdialogue.api.common;

import io.mayorsdialogue.api.generated.AttendeesApi;
import io.mayorsdialogue.api.generated.CitiesApi;
import io.mayorsdialogue.api.generated.CountriesApi;
import io.mayorsdialogue.api.generated.EventTopicsApi;
import io.mayorsdialogue.api.generated.EventsApi;
import io.mayorsdialogue.api.generated.MayorsApi;
import io.mayorsdialogue.api.generated.TopicsApi;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods each path of the contract allows, read from the generated interfaces, for the {@code Allow} header
 * of a 405 (Quarkus REST raises it without one).
 */
final class AllowedMethods {

    private static final List<Class<?>> APIS = List.of(CountriesApi.class, CitiesApi.class, MayorsApi.class,
            TopicsApi.class, EventsApi.class, EventTopicsApi.class, AttendeesApi.class);

    private static final Map<Pattern, Set<String>> BY_PATH = index();

    private AllowedMethods() {
    }

    /** Allowed methods for a path relative to the API root (e.g. {@code /events/abc/topics}); empty if unknown. */
    static Set<String> of(String path) {
        return BY_PATH.entrySet().stream()
                .filter(e -> e.getKey().matcher(path).matches())
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(Set.of());
    }

    private static Map<Pattern, Set<String>> index() {
        Map<String, Set<String>> byTemplate = new TreeMap<>();
        for (Class<?> api : APIS) {
            Path base = api.getAnnotation(Path.class);
            for (Method m : api.getMethods()) {
                Path path = m.getAnnotation(Path.class);
                String method = httpMethod(m);
                if (method != null) {
                    String template = (base == null ? "" : base.value()) + (path == null ? "" : path.value());
                    byTemplate.computeIfAbsent(template, k -> new TreeSet<>()).add(method);
                }
            }
        }
        Map<Pattern, Set<String>> index = new LinkedHashMap<>();
        byTemplate.forEach((template, methods) -> {
            methods.add("OPTIONS");
            if (methods.contains("GET")) {
                methods.add("HEAD");
            }
            index.put(Pattern.compile(template.replaceAll("\\{[^}]+}", "[^/]+")), methods);
        });
        return index;
    }

    private static String httpMethod(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod hm = a.annotationType().getAnnotation(HttpMethod.class);
            if (hm != null) {
                return hm.value();
            }
        }
        return null;
    }
}
