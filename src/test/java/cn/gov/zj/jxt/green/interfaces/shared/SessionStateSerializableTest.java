package cn.gov.zj.jxt.green.interfaces.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a session holds must cross to another node of a cluster (distributable sessions, docs/operations.md
 * "Cluster"): every session- and view-scoped bean is Serializable, and so is every type its state can hold, down
 * through the portal's own classes (records, entities, enums) and the type arguments of collections. Injected
 * references are the container's to serialize (Weld refuses a deployment whose passivating beans inject what it
 * cannot passivate); transient fields are not sent.
 */
class SessionStateSerializableTest {

    private static final String ROOT = "cn.gov.zj.jxt.green";

    @Test
    void everySessionAndViewBeanHoldsOnlySerializableState() throws Exception {
        List<Class<?>> beans = portalClasses().stream()
                .filter(c -> c.isAnnotationPresent(ViewScoped.class) || c.isAnnotationPresent(SessionScoped.class))
                .toList();
        assertTrue(beans.size() > 20, "found the backing beans: " + beans.size());
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                problems.add(bean.getName() + " is not Serializable");
            }
            Set<Class<?>> seen = new HashSet<>();
            for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (!sent(field) || field.isAnnotationPresent(Inject.class)) {
                        continue;
                    }
                    check(field.getGenericType(), bean.getSimpleName() + "." + field.getName(), seen, problems);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static boolean sent(Field field) {
        int modifiers = field.getModifiers();
        return !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic();
    }

    /** {@code type} and, for the portal's own classes, everything their fields hold. */
    private static void check(Type type, String where, Set<Class<?>> seen, List<String> problems) {
        if (type instanceof ParameterizedType parameterized) {
            check(parameterized.getRawType(), where, seen, problems);
            for (Type argument : parameterized.getActualTypeArguments()) {
                check(argument, where, seen, problems);
            }
        } else if (type instanceof GenericArrayType array) {
            check(array.getGenericComponentType(), where, seen, problems);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                check(bound, where, seen, problems);
            }
        } else if (type instanceof TypeVariable<?> || type == Object.class) {
            // Bound where the bean declares it; checked there.
        } else if (type instanceof Class<?> c) {
            if (c.isArray()) {
                check(c.getComponentType(), where, seen, problems);
            } else if (c.isPrimitive()) {
                // Primitives serialize.
            } else if (c.isInterface() && (Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c)
                    || c == Serializable.class)) {
                // The JDK's collections serialize when what they hold does (the type arguments, checked above).
            } else if (!Serializable.class.isAssignableFrom(c)) {
                problems.add(where + " holds " + c.getName() + ", which is not Serializable");
            } else if (c.getName().startsWith(ROOT) && seen.add(c)) {
                // The fields the portal's classes declare; a framework superclass (a PrimeFaces data model) keeps
                // its own state serializable.
                for (Class<?> k = c; k != null && k.getName().startsWith(ROOT); k = k.getSuperclass()) {
                    for (Field field : k.getDeclaredFields()) {
                        if (sent(field)) {
                            check(field.getGenericType(), where + " → " + c.getSimpleName() + "." + field.getName(),
                                    seen, problems);
                        }
                    }
                }
            }
        }
    }

    private static List<Class<?>> portalClasses() throws IOException, URISyntaxException {
        Path classes = Path.of(SessionStateSerializableTest.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI()).resolveSibling("classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    found.add(Class.forName(name, false, SessionStateSerializableTest.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    // A class that cannot load here (no container) holds no session state we could check.
                }
            }
        }
        return found;
    }
}
