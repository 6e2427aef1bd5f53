package cn.gov.zj.jxt.green.interfaces.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClientTest;

/**
 * What the API answers to requests it cannot take: 400 with the field concerned (415, 404, 405 where those fit),
 * in the caller's language, and never a class name, a stack trace or the JAX-RS runtime's own text.
 */
class MalformedRequestsIT extends PortalClientTest {

    private static final List<String> INTERNALS = List.of("cn.gov", "Exception", "RESTEASY", "resteasy", "jakarta.",
            "java.", "yasson", "at org.");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private record Answer(int status, String body, HttpResponse<String> response) {

        JsonObject json() {
            return Json.object(body);
        }

        /** The first field error's field and message. */
        String field() {
            return json().getJsonArray("fields").getJsonObject(0).getString("field");
        }

        String fieldMessage() {
            return json().getJsonArray("fields").getJsonObject(0).getString("message");
        }
    }

    private Answer send(String method, String path, String user, String contentType, byte[] body, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(java.net.URI.create(base.toString()).resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + DemoAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Answer answer = new Answer(response.statusCode(), response.body(), response);
            for (String internal : INTERNALS) {
                assertFalse(answer.body().contains(internal), method + " " + path + " shows " + internal + ": "
                        + answer.body());
            }
            return answer;
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private Answer json(String method, String path, String user, String json, String language) {
        return send(method, path, user, "application/json", json.getBytes(StandardCharsets.UTF_8), language);
    }

    private static void assertInvalid(Answer answer, String field, String message) {
        assertEquals(400, answer.status(), answer.body());
        assertTrue(answer.response().headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("error.invalidInput", answer.json().getString("error"), answer.body());
        assertEquals(field, answer.field(), answer.body());
        assertEquals(message, answer.fieldMessage(), answer.body());
    }

    @Test
    void jsonThatDoesNotParseNamesTheBodyInTheCallersLanguage() {
        String broken = "{\"title\":";
        assertInvalid(json("POST", "api/workspace/notices", DemoAccounts.PROVINCE, broken, "zh-CN"), "body",
                "请求内容不是有效的 JSON");
        assertInvalid(json("POST", "api/workspace/notices", DemoAccounts.PROVINCE, broken, "en-GB,en;q=0.8"), "body",
                "The request's content is not valid JSON");
        assertInvalid(json("POST", "api/workspace/notices?lang=en", DemoAccounts.PROVINCE, broken, null), "body",
                "The request's content is not valid JSON");
    }

    @Test
    void aValueOfTheWrongTypeOrAnUnknownConstantNamesItsField() {
        assertInvalid(json("POST", "api/workspace/notices", DemoAccounts.PROVINCE,
                "{\"kind\":\"NOTICE\",\"title\":\"t\",\"dated\":\"yesterday\"}", "en"), "dated",
                "This value has the wrong type or is not one of those allowed");
        assertInvalid(json("POST", "api/workspace/organisations", DemoAccounts.ADMIN,
                "{\"type\":\"ADMIN\",\"name\":\"测试单位\"}", "zh"), "type", "取值的类型不对或不在允许的范围内");
        assertInvalid(json("POST", "api/workspace/document-numbers/series", DemoAccounts.ADMIN,
                "{\"issuer\":\"GREEN\",\"year\":\"twenty\",\"lastIssuedBefore\":1}", "en"), "year",
                "This value has the wrong type or is not one of those allowed");
    }

    @Test
    void aMissingOrNullBodyIsRefusedOnTheBody() {
        assertInvalid(json("POST", "api/workspace/notices", DemoAccounts.PROVINCE, "null", "zh"), "body",
                "请求内容不能为空");
        assertInvalid(send("POST", "api/workspace/notices", DemoAccounts.PROVINCE, "application/json", null, "en"),
                "body", "The request has no content");
        assertInvalid(json("PUT", "api/workspace/organisations/1", DemoAccounts.ADMIN, "null", "en"), "body",
                "The request has no content");
    }

    @Test
    void malformedMultipartBodiesAreRefusedNotFailed() {
        String path = "api/publicity/1/objections";
        String noBoundary = "multipart/form-data";
        assertInvalid(send("POST", path, null, noBoundary, bytes("abc"), "en"), "body",
                "The request's content is malformed (a multipart form needs a boundary, and each part a "
                        + "Content-Disposition with a name)");
        String withBoundary = "multipart/form-data; boundary=XX";
        Answer noDisposition = send("POST", path, null, withBoundary,
                bytes("--XX\r\nContent-Type: text/plain\r\n\r\nhello\r\n--XX--\r\n"), "zh");
        assertInvalid(noDisposition, "body", "请求内容格式有误（multipart 表单须有分隔符，每一部分须有 Content-Disposition 及名称）");
        // A part without a name is no field of the form: the objection then lacks what it must state.
        Answer noName = send("POST", path, null, withBoundary,
                bytes("--XX\r\nContent-Disposition: form-data\r\n\r\nhello\r\n--XX--\r\n"), "en");
        assertEquals(400, noName.status(), noName.body());
        assertEquals("error.invalidInput", noName.json().getString("error"));
        assertFalse(noName.json().getJsonArray("fields").isEmpty());
        Answer annexWithoutBoundary = send("POST", "api/workspace/notices/1/annexes", DemoAccounts.PROVINCE,
                noBoundary, bytes("abc"), "en");
        assertEquals(400, annexWithoutBoundary.status(), annexWithoutBoundary.body());
    }

    @Test
    void aParameterThatDoesNotConvertNamesItself() {
        String message = "This parameter's value is not valid (an id is a number, a date yyyy-MM-dd, a choice one of "
                + "those allowed)";
        assertInvalid(send("GET", "api/workspace/notices/abc", DemoAccounts.PROVINCE, null, null, "en"), "id",
                message);
        assertInvalid(send("GET", "api/workspace/notices?first=x", DemoAccounts.PROVINCE, null, null, "en"), "first",
                message);
        assertInvalid(send("GET", "api/workspace/notices?status=NOPE", DemoAccounts.PROVINCE, null, null, "en"),
                "status", message);
        assertInvalid(send("GET", "api/workspace/notices/99999999999999999999", DemoAccounts.PROVINCE, null, null,
                "zh"), "id", "参数取值无效（如编号须为数字、日期须为 yyyy-MM-dd、取值须在允许的范围内）");
    }

    @Test
    void theRuntimesOwnRefusalsAnswerInTheSameForm() {
        Answer unsupported = send("POST", "api/workspace/notices", DemoAccounts.PROVINCE, "text/plain",
                bytes("hello"), "en");
        assertEquals(415, unsupported.status(), unsupported.body());
        assertEquals("error.unsupportedMediaType", unsupported.json().getString("error"));
        assertEquals("This address does not take this type of content (Content-Type).",
                unsupported.json().getString("message"));

        Answer wrongMethod = send("PATCH", "api/workspace/notices", DemoAccounts.PROVINCE, null, null, "zh");
        assertEquals(405, wrongMethod.status(), wrongMethod.body());
        assertEquals("该地址不接受这种请求方法。", wrongMethod.json().getString("message"));
        assertTrue(wrongMethod.response().headers().firstValue("Allow").orElse("").contains("GET"),
                "the caller is told what the address takes");

        Answer nowhere = send("GET", "api/workspace/nothing-here", DemoAccounts.PROVINCE, null, null, "en");
        assertEquals(404, nowhere.status(), nowhere.body());
        assertEquals("error.noSuchAddress", nowhere.json().getString("error"));
    }

    @Test
    void continuingASeriesValidatesItsBodyAfterAskingWho() {
        Answer empty = json("POST", "api/workspace/document-numbers/series", DemoAccounts.ADMIN, "{}", "en");
        assertEquals(400, empty.status(), empty.body());
        assertEquals(List.of("lastIssuedBefore", "year"), empty.json().getJsonArray("fields").stream()
                .map(f -> f.asJsonObject().getString("field")).sorted().toList());
        assertInvalid(json("POST", "api/workspace/document-numbers/series", DemoAccounts.ADMIN,
                "{\"issuer\":\"GREEN\",\"year\":0,\"lastIssuedBefore\":3}", "zh"), "year", "请填写年份（2000–2100）");
        assertEquals(403, json("POST", "api/workspace/document-numbers/series", DemoAccounts.PROVINCE, "{}", "en")
                .status());
    }

    @Test
    void textsRefuseControlAndDirectionCharacters() {
        assertInvalid(json("POST", "api/workspace/document-numbers", DemoAccounts.PROVINCE,
                "{\"issuer\":\"GREEN\",\"title\":\"通知\\u202Efdp.exe\"}", "en"), "title",
                "Must not contain control characters or invisible characters that change the text's direction");
        assertInvalid(json("POST", "api/workspace/notices", DemoAccounts.PROVINCE,
                "{\"kind\":\"NOTICE\",\"title\":\"标题\\u0001\",\"body\":\"正文\",\"dated\":\"2026-01-05\"}", "zh"),
                "title", "不能含有控制字符或改变文字方向的不可见字符");
    }

    @Test
    void whoAsksIsCheckedBeforeWhetherTheApplicationAwaitsReview() {
        // The demo's application 1 (杭州) was nominated: it awaits no review.
        String review = "{\"version\":0,\"decision\":\"APPROVED\"}";
        assertEquals(409, json("POST", "api/workspace/applications/1/review", DemoAccounts.HANGZHOU, review, "en")
                .status(), "its city's clerk learns it awaits no review");
        for (String outsider : List.of(DemoAccounts.NINGBO, DemoAccounts.APPLICANT, DemoAccounts.EXPERT)) {
            int status = json("POST", "api/workspace/applications/1/review", outsider, review, "en").status();
            assertTrue(status == 403 || status == 404, outsider + " answered " + status);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
