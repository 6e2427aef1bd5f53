package cn.gov.zj.jxt.green.interfaces.shared.rest;

import java.lang.reflect.Type;
import java.math.BigDecimal;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;

/**
 * Whole numbers read from JSON exactly: JSON-B (Yasson) would turn {@code 123456789012345678901234567890} into
 * some other long and {@code 1.5} into 1 without a word, so a version, a year or an id could reach a service as a
 * number nobody sent. A value that is not a whole number in the field's range is refused like any value of the
 * wrong type (400 on the field, {@link ApiErrors}). Numbers written as strings are read as before.
 */
final class StrictIntegers {

    private StrictIntegers() {
    }

    static final class Longs implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigDecimal number = number(parser.getValue());
            try {
                return number == null ? null : number.longValueExact();
            } catch (ArithmeticException e) {
                throw new JsonbException("not a whole number in range", e);
            }
        }
    }

    static final class Integers implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigDecimal number = number(parser.getValue());
            try {
                return number == null ? null : number.intValueExact();
            } catch (ArithmeticException e) {
                throw new JsonbException("not a whole number in range", e);
            }
        }
    }

    private static BigDecimal number(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            return number.bigDecimalValue();
        }
        if (value instanceof JsonString text) {
            try {
                return new BigDecimal(text.getString().strip());
            } catch (NumberFormatException e) {
                throw new JsonbException("not a number", e);
            }
        }
        throw new JsonbException("not a number");
    }
}
