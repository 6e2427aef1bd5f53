package cn.gov.zj.jxt.green.interfaces.security;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.gov.zj.jxt.green.testing.ApiEndpoints.Endpoint;

/**
 * The malformed bodies {@link MalformedBodiesIT} sends an endpoint, made from what the endpoint reads: for JSON, the
 * record it binds (its fields' names and types, so that "a wrong type" and "an unknown constant" hit real fields);
 * for multipart forms, broken framing. {@code reachesService}: the body parses, so the request reaches the resource
 * method and the service, where a real record could change; it is sent to an id no record has.
 */
record MalformedBodies(String name, String contentType, byte[] body, boolean reachesService) {

    private static final String BOUNDARY = "----malformed";

    static List<MalformedBodies> of(Endpoint endpoint) {
        return endpoint.consumes().startsWith("multipart/") ? multipart() : json(endpoint.body());
    }

    private static List<MalformedBodies> json(Class<?> type) {
        List<MalformedBodies> bodies = new ArrayList<>();
        RecordComponent[] fields = type != null && type.isRecord() ? type.getRecordComponents()
                : new RecordComponent[0];
        String first = fields.length == 0 ? "value" : fields[0].getName();
        bodies.add(json("invalid JSON", "{\"" + first + "\": ", false));
        bodies.add(json("null", "null", true));
        bodies.add(json("array", "[]", false));
        bodies.add(json("string", "\"text\"", false));
        if (fields.length > 0) {
            bodies.add(json("wrong types", Stream.of(fields).map(f -> quote(f.getName()) + ":" + wrongValue(f.getType()))
                    .collect(Collectors.joining(",", "{", "}")), false));
        }
        Stream.of(fields).filter(f -> f.getType().isEnum()).findFirst().ifPresent(f ->
                bodies.add(json("unknown enum constant", "{" + quote(f.getName()) + ":\"NO_SUCH_CONSTANT\"}", false)));
        Stream.of(fields).filter(f -> isInteger(f.getType())).findFirst().ifPresent(f ->
                bodies.add(json("huge number", "{" + quote(f.getName()) + ":123456789012345678901234567890}", false)));
        bodies.add(new MalformedBodies("empty body", "application/json", new byte[0], true));
        bodies.add(new MalformedBodies("text/plain", "text/plain; charset=UTF-8", bytes("{}"), false));
        return bodies;
    }

    private static List<MalformedBodies> multipart() {
        String type = "multipart/form-data; boundary=" + BOUNDARY;
        String part = "Content-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\r\n";
        return List.of(
                new MalformedBodies("no boundary", "multipart/form-data",
                        bytes("--" + BOUNDARY + "\r\n" + part + "--" + BOUNDARY + "--\r\n"), false),
                new MalformedBodies("part without name", type, bytes("--" + BOUNDARY
                        + "\r\nContent-Disposition: form-data; filename=\"a.pdf\"\r\n\r\n%PDF-1.4\r\n--"
                        + BOUNDARY + "--\r\n"), false),
                new MalformedBodies("part without Content-Disposition", type, bytes("--" + BOUNDARY
                        + "\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--" + BOUNDARY + "--\r\n"), false),
                // RESTEasy's parser takes the end of the body for the end of the part, so this reaches the service
                // (which refuses the file it gets): sent to an id no record has.
                new MalformedBodies("truncated multipart", type, bytes("--" + BOUNDARY + "\r\n"
                        + part.substring(0, part.indexOf("Content-Type") + 7)), true),
                new MalformedBodies("empty body", type, new byte[0], false),
                new MalformedBodies("JSON instead of a form", "application/json", bytes("{}"), false),
                new MalformedBodies("text/plain", "text/plain; charset=UTF-8", bytes("x"), false));
    }

    private static MalformedBodies json(String name, String body, boolean reachesService) {
        return new MalformedBodies(name, "application/json", bytes(body), reachesService);
    }

    /** A JSON value no field of this type can take. */
    private static String wrongValue(Class<?> type) {
        if (type == String.class || type.isEnum()) {
            return "{\"nested\":[1,2]}";
        }
        if (Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
            return "1.5";
        }
        return "\"not-a-" + type.getSimpleName() + "\"";
    }

    private static boolean isInteger(Class<?> type) {
        return Stream.of(int.class, long.class, Integer.class, Long.class, Short.class).anyMatch(t -> t == type);
    }

    private static String quote(String name) {
        return "\"" + name + "\"";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
