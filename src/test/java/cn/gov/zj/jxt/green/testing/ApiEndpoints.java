package cn.gov.zj.jxt.green.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;

/**
 * Every endpoint of the API, read from the resource classes themselves (the {@code @Path} classes under
 * {@code interfaces/<context>/rest}): a new endpoint appears here without anyone listing it.
 */
public final class ApiEndpoints {

    private static final String PACKAGE = "cn.gov.zj.jxt.green.interfaces";

    /**
     * One endpoint: its HTTP method, its path under {@code /api} with the parameters' names only
     * ({@code workspace/notices/{id}/publish}), the media type of its body, if it takes one, and the type the body
     * is read into (null for none and for form fields).
     */
    public record Endpoint(String method, String path, String consumes, Class<?> body) {

        public String key() {
            return method + " " + path;
        }

        public boolean writes() {
            return !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
        }
    }

    private ApiEndpoints() {
    }

    public static List<Endpoint> all() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> resource : resourceClasses()) {
            String base = resource.getAnnotation(jakarta.ws.rs.Path.class).value();
            Consumes classConsumes = resource.getAnnotation(Consumes.class);
            for (Method method : resource.getMethods()) {
                String verb = httpMethod(method);
                if (verb == null) {
                    continue;
                }
                jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                String path = join(base, sub == null ? "" : sub.value());
                Consumes consumes = method.getAnnotation(Consumes.class) != null ? method.getAnnotation(Consumes.class)
                        : classConsumes;
                Class<?> entity = Stream.of(method.getParameters()).filter(ApiEndpoints::isEntity)
                        .map(java.lang.reflect.Parameter::getType).findFirst().orElse(null);
                boolean takesBody = entity != null || Stream.of(method.getParameterAnnotations()).flatMap(Stream::of)
                        .anyMatch(a -> a.annotationType().getSimpleName().equals("FormParam"));
                String type = !takesBody ? null : consumes == null ? "application/json" : consumes.value()[0];
                endpoints.add(new Endpoint(verb, path, type, entity));
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        return endpoints;
    }

    /**
     * The entity parameter: the one JAX-RS fills from none of the request's parameters or context (it may carry
     * validation annotations such as {@code @NotNull}).
     */
    private static boolean isEntity(java.lang.reflect.Parameter parameter) {
        return Stream.of(parameter.getAnnotations()).map(a -> a.annotationType().getName())
                .noneMatch(name -> name.matches("jakarta\\.ws\\.rs\\.(\\w+Param|core\\.Context|container\\.Suspended)"));
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }

    /**
     * Joins class and method paths and drops the parameters' regular expressions, braces included:
     * {type:pdf|docx} → {type}, {year:\\d{4}} → {year}.
     */
    private static String join(String base, String sub) {
        String path = (base + "/" + sub).replaceAll("/+", "/").replaceAll("^/|/$", "");
        return path.replaceAll("\\{(\\w+)\\s*:(?:[^{}]|\\{[^{}]*})*}", "{$1}");
    }

    /** The {@code @Path} classes of every {@code interfaces/<context>/rest} folder on the class path. */
    private static List<Class<?>> resourceClasses() {
        List<Class<?>> classes = new ArrayList<>();
        try {
            for (URL root : java.util.Collections.list(
                    ApiEndpoints.class.getClassLoader().getResources(PACKAGE.replace('.', '/')))) {
                if (!root.getProtocol().equals("file")) {
                    throw new IllegalStateException("classes not in a directory: " + root);
                }
                Path base = Path.of(root.toURI());
                try (Stream<Path> files = Files.walk(base)) {
                    files.map(f -> base.relativize(f).toString().replace('\\', '/'))
                            .filter(f -> f.matches("[^/]+/rest/[^/$]+\\.class"))
                            .map(f -> load(PACKAGE + "." + f.replace(".class", "").replace('/', '.')))
                            .filter(c -> c.isAnnotationPresent(jakarta.ws.rs.Path.class))
                            .forEach(classes::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (classes.isEmpty()) {
            throw new IllegalStateException("no resource classes found under " + PACKAGE);
        }
        classes.sort(Comparator.comparing(Class::getName));
        return classes;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ApiEndpoints.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
