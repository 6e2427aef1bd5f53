package cn.gov.zj.jxt.green.interfaces.shared.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;

/**
 * Finds which property of a request body a JSON-B failure concerns when JSON-B does not say: "No enum constant
 * …OrganisationType.ADMIN" names the enumeration, and the resource method's body type names the property of that
 * type. Only an unambiguous answer counts; otherwise the caller is told about the body as a whole.
 */
final class BodyFields {

    private static final Pattern ENUM_CONSTANT = Pattern.compile("No enum constant ([\\w.$]+)\\.(\\w+)");
    private static final int DEPTH = 3;

    private BodyFields() {
    }

    /** The property of {@code method}'s body that holds the enumeration {@code message} names, if one does. */
    static Optional<String> ofEnumFailure(Method method, String message) {
        if (method == null || message == null) {
            return Optional.empty();
        }
        Matcher constant = ENUM_CONSTANT.matcher(message);
        if (!constant.find()) {
            return Optional.empty();
        }
        String enumName = constant.group(1);
        return body(method).flatMap(type -> {
            List<String> found = new ArrayList<>();
            collect(type, enumName, "", DEPTH, found);
            return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
        });
    }

    /** The entity parameter's type: the one parameter without a JAX-RS annotation. */
    private static Optional<Type> body(Method method) {
        Annotation[][] annotations = method.getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            boolean injected = false;
            for (Annotation a : annotations[i]) {
                injected |= a instanceof PathParam || a instanceof QueryParam || a instanceof FormParam
                        || a instanceof HeaderParam || a instanceof CookieParam || a instanceof MatrixParam
                        || a instanceof BeanParam || a instanceof Context;
            }
            if (!injected) {
                return Optional.of(method.getGenericParameterTypes()[i]);
            }
        }
        return Optional.empty();
    }

    private static void collect(Type type, String enumName, String path, int depth, List<String> found) {
        if (type instanceof ParameterizedType generic) {
            // List<Kind>, Set<Kind>, Map<String, Item>: the elements are the property's.
            for (Type argument : generic.getActualTypeArguments()) {
                collect(argument, enumName, path, depth, found);
            }
            return;
        }
        if (!(type instanceof Class<?> c)) {
            return;
        }
        if (c.isEnum() && c.getName().equals(enumName)) {
            found.add(path.isEmpty() ? "body" : path);
            return;
        }
        if (depth == 0 || !c.isRecord()) {
            return;
        }
        for (RecordComponent component : c.getRecordComponents()) {
            collect(component.getGenericType(), enumName,
                    path.isEmpty() ? component.getName() : path + "." + component.getName(), depth - 1, found);
        }
    }
}
