package cn.gov.zj.jxt.green.interfaces.shared.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The API writes JSON with Jakarta JSON Binding, every field present (null included) so that clients see
 * the same shape every time; moments are ISO-8601. (web.xml keeps RESTEasy on JSON-B although libraries in
 * the WAR carry Jackson annotations.) Whole numbers are read exactly ({@link StrictIntegers}).
 */
@Provider
public class JsonConfig implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withNullValues(true)
            .withDeserializers(new StrictIntegers.Longs(), new StrictIntegers.Integers()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
