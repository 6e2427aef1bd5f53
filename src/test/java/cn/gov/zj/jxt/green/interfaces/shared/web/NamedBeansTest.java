package cn.gov.zj.jxt.green.interfaces.shared.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Named;
import java.beans.Introspector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pages reach backing beans by name; two beans of one name stop the deployment (WELD-001414). Backing beans of
 * different contexts are named after their pages, so this catches two pages that chose the same name.
 */
class NamedBeansTest {

    @Test
    void everyBeanNameIsTakenOnce() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target", "classes");
        Map<String, List<String>> byName = new HashMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String className = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(className, false, getClass().getClassLoader());
                Named named = type.getAnnotation(Named.class);
                if (named != null) {
                    String name = named.value().isEmpty() ? Introspector.decapitalize(type.getSimpleName())
                            : named.value();
                    byName.computeIfAbsent(name, n -> new ArrayList<>()).add(className);
                }
            }
        }
        assertTrue(byName.size() > 20, "the backing beans were found: " + byName.keySet());
        List<String> clashes = byName.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(e -> e.getKey() + " " + e.getValue()).toList();
        assertTrue(clashes.isEmpty(), "bean names taken twice: " + clashes);
    }
}
