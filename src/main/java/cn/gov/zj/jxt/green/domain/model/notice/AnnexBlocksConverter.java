package cn.gov.zj.jxt.green.domain.model.notice;

import cn.gov.zj.jxt.green.domain.model.document.content.AnnexBlock;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated annex's blocks as JSON in one column: {@code [{"text": "…"}, {"columns": […], "widths": […],
 * "rows": [[…]]}]}. Small, readable in the database, and free of any class names.
 */
@Converter
public class AnnexBlocksConverter implements AttributeConverter<List<AnnexBlock>, String> {

    @Override
    public String convertToDatabaseColumn(List<AnnexBlock> blocks) {
        if (blocks == null) {
            return null;
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (AnnexBlock block : blocks) {
            if (block instanceof AnnexBlock.Text text) {
                array.add(Json.createObjectBuilder().add("text", text.text()));
            } else if (block instanceof AnnexBlock.Table table) {
                JsonArrayBuilder rows = Json.createArrayBuilder();
                table.rows().forEach(row -> rows.add(Json.createArrayBuilder(row)));
                array.add(Json.createObjectBuilder()
                        .add("columns", Json.createArrayBuilder(table.columns()))
                        .add("widths", Json.createArrayBuilder(table.widths()))
                        .add("rows", rows));
            }
        }
        return array.build().toString();
    }

    @Override
    public List<AnnexBlock> convertToEntityAttribute(String json) {
        if (json == null) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            List<AnnexBlock> blocks = new ArrayList<>();
            for (JsonValue value : reader.readArray()) {
                JsonObject object = value.asJsonObject();
                if (object.containsKey("text")) {
                    blocks.add(new AnnexBlock.Text(object.getString("text")));
                } else {
                    List<List<String>> rows = object.getJsonArray("rows").stream()
                            .map(row -> strings(row.asJsonArray())).toList();
                    List<Integer> widths = object.getJsonArray("widths").getValuesAs(
                            jakarta.json.JsonNumber.class).stream().map(jakarta.json.JsonNumber::intValue).toList();
                    blocks.add(new AnnexBlock.Table(strings(object.getJsonArray("columns")), widths, rows));
                }
            }
            return blocks;
        }
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
