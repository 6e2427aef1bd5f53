package cn.gov.zj.jxt.green;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layers depend inwards only: the domain on nothing of the portal's other layers, the application on the domain.
 * Infrastructure implements the application's ports and the interfaces call its services; neither is named from
 * inside. Read from the sources as text, so a name in an import, a fully qualified reference or a javadoc link all
 * count.
 */
class LayerDependencyTest {

    private static final Path SOURCES = Path.of("src/main/java/cn/gov/zj/jxt/green");
    private static final String ROOT = "cn.gov.zj.jxt.green.";

    /**
     * Source files (relative to {@link #SOURCES}) allowed to name a layer they should not, with the reason. None:
     * add one only with a reason that a reviewer accepts.
     */
    private static final Map<String, String> ALLOWED = Map.of();

    @Test
    void domainNamesNeitherApplicationNorInfrastructureNorInterfaces() {
        assertEquals(List.of(), offences("domain", "application", "infrastructure", "interfaces"));
    }

    @Test
    void applicationNamesNeitherInfrastructureNorInterfaces() {
        assertEquals(List.of(), offences("application", "infrastructure", "interfaces"));
    }

    /** "file: layer" for every source file under {@code layer} that names one of the {@code forbidden} layers. */
    private static List<String> offences(String layer, String... forbidden) {
        List<Path> files = javaFiles(SOURCES.resolve(layer));
        assertFalse(files.isEmpty(), "no sources found under " + SOURCES.resolve(layer).toAbsolutePath());
        return files.stream()
                .filter(file -> !ALLOWED.containsKey(SOURCES.relativize(file).toString().replace('\\', '/')))
                .flatMap(file -> Stream.of(forbidden)
                        .filter(other -> read(file).contains(ROOT + other + "."))
                        .map(other -> SOURCES.relativize(file) + ": " + other))
                .toList();
    }

    private static List<Path> javaFiles(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
