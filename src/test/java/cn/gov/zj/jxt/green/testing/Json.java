package cn.gov.zj.jxt.green.testing;

import java.io.StringReader;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/** Parses API responses in tests. */
public final class Json {

    private Json() {
    }

    public static JsonObject object(String text) {
        try (JsonReader reader = jakarta.json.Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    public static JsonArray array(String text) {
        try (JsonReader reader = jakarta.json.Json.createReader(new StringReader(text))) {
            return reader.readArray();
        }
    }
}
