package cn.gov.zj.jxt.green.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import cn.gov.zj.jxt.green.testing.ApiEndpoints;
import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Json;
import cn.gov.zj.jxt.green.testing.PortalClient;
import cn.gov.zj.jxt.green.testing.SampleFiles;

/**
 * The hostile upload set, sent to every upload endpoint of the API (every multipart endpoint {@link ApiEndpoints}
 * finds must have a target here): each file is refused with a clear 4xx and an {@code upload.*} reason, and
 * nothing is stored — no file in the store, no annex, exclusion, template, report or park report. The public objection form is
 * rate-limited to five a burst per address, so it gets the two files of the findings; it inspects with the
 * same evidence policy as the clerk's exclusion form, which gets the whole set.
 */
final class HostileUploadsCheck {

    interface Caller {
        PortalClient.Page call(String caller, String method, String path, String language, String type, byte[] body);
    }

    record Sample(String name, String fileName, String type, byte[] content) {
    }

    private record Target(String key, String caller, String path, Map<String, String> fields, String fileField,
            List<Sample> samples, boolean stateFirst) {

        Target(String key, String caller, String path, Map<String, String> fields, String fileField,
                List<Sample> samples) {
            this(key, caller, path, fields, fileField, samples, false);
        }
    }

    private static final Path REPORT = Path.of("target", "security", "hostile-uploads.txt");
    private static final String PDF = "application/pdf";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final PortalClient client;
    private final Caller caller;
    private final DemoIds ids;

    HostileUploadsCheck(PortalClient client, Caller caller, DemoIds ids) {
        this.client = client;
        this.caller = caller;
        this.ids = ids;
    }

    static List<Sample> hostileSet() {
        byte[] pdf = SampleFiles.pdf("hostile");
        return List.of(
                new Sample("executable disguised as PDF", "报告.pdf", PDF, SampleFiles.executable()),
                new Sample("PDF inflation bomb", "证明.pdf", PDF, SampleFiles.inflationBombPdf(20)),
                new Sample("zip bomb", "炸弹.docx", DOCX, SampleFiles.zipBombDocx(300)),
                new Sample("external entity", "实体.docx", DOCX, SampleFiles.externalEntityDocx()),
                new Sample("PDF/HTML polyglot", "混合.pdf", PDF,
                        bytes("%PDF-1.4\n<html><script>alert(document.cookie)</script></html>\n%%EOF\n")),
                new Sample("GIF/script polyglot", "图.png", "image/png", bytes("GIF89a/*<svg onload=alert(1)>*/=1;")),
                new Sample("PDF named .xlsx", "表.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", pdf),
                new Sample("oversized", "超大.pdf", PDF, SampleFiles.oversizedPdf(20 * 1024 * 1024)),
                new Sample("path traversal", "../../x.pdf", PDF, pdf),
                new Sample("Windows path traversal", "..\\..\\x.pdf", PDF, pdf),
                new Sample("control character in name", "a\u0001b.pdf", PDF, pdf),
                new Sample("bidi override in name", "报告\u202Efdp.exe", PDF, pdf),
                new Sample("SVG with script", "图.svg", "image/svg+xml",
                        bytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")),
                new Sample("HTML with script", "页.html", "text/html", bytes("<html><script>alert(1)</script></html>")),
                new Sample("empty file", "空.pdf", PDF, new byte[0]));
    }

    void run() throws IOException {
        List<Sample> set = hostileSet();
        String draft = createDraft();
        String application = ids.fill("workspace/applications/{id}", true);
        String engagement = ids.fill("workspace/engagements/{id}", true);
        String publicity = ids.fill("publicity/{id}", true);
        String entry = Json.object(read(EndpointAccessIT.ANONYMOUS, publicity)).getJsonArray("entries")
                .getJsonObject(0).get("id").toString();
        List<Target> targets = List.of(
                new Target("POST workspace/notices/{id}/annexes", DemoAccounts.PROVINCE,
                        "workspace/notices/" + draft + "/annexes", Map.of("title", "附件"), "file", set),
                new Target("POST workspace/document-templates/{format}", DemoAccounts.PROVINCE,
                        "workspace/document-templates/FILE", Map.of(), "file", set),
                new Target("POST workspace/exclusions", DemoAccounts.HANGZHOU, "workspace/exclusions",
                        Map.of("creditCode", DemoAccounts.XIHU_FACTORY_CODE, "organisationName", "危险上传",
                                "ground", "1", "occurredOn", "2026-01-05", "source", "信用中国"), "evidence", set),
                new Target("POST workspace/exclusions/import", DemoAccounts.HANGZHOU, "workspace/exclusions/import",
                        Map.of(), "file", set),
                // The demo's application lies in a batch whose submissions have closed: 409 before the file is read.
                new Target("POST workspace/applications/{id}/report", DemoAccounts.APPLICANT, application + "/report",
                        Map.of(), "file", set, true),
                new Target("POST workspace/engagements/{id}/signed", DemoAccounts.INSTITUTION, engagement + "/signed",
                        Map.of(), "file", set),
                new Target("POST workspace/park-reports/{year}", DemoAccounts.NINGBO_PARK,
                        "workspace/park-reports/" + LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear(), Map.of(),
                        "file", set),
                // Files are inspected after the publicity's checks: a listed entry, and 409 if it takes none now.
                new Target("POST publicity/{id}/objections", EndpointAccessIT.ANONYMOUS, publicity + "/objections",
                        Map.of("entryId", entry, "name", "张三", "idNumber", "11010519491231002X",
                                "phone", "13800000000", "facts", "危险上传的测试"), "evidence", set.subList(0, 2),
                        true));

        List<String> failures = new ArrayList<>();
        ApiEndpoints.all().stream().filter(e -> e.consumes() != null && e.consumes().startsWith("multipart/"))
                .filter(e -> targets.stream().noneMatch(t -> t.key().equals(e.key())))
                .forEach(e -> failures.add("no hostile-upload target for " + e.key()));
        Map<String, String> before = readBacks(draft, application, engagement);
        long filesBefore = storedFiles();
        Map<Integer, Integer> statuses = new TreeMap<>();
        StringBuilder lines = new StringBuilder();
        int tried = 0;
        for (Target target : targets) {
            lines.append(target.key()).append(" as ").append(target.caller());
            for (Sample sample : target.samples()) {
                String language = tried++ % 2 == 0 ? "zh-CN" : "en";
                String boundary = "----hostile-" + tried;
                PortalClient.Page answer = caller.call(target.caller(), "POST", target.path(), language,
                        "multipart/form-data; boundary=" + boundary,
                        multipart(boundary, target.fields(), target.fileField(), sample));
                statuses.merge(answer.status(), 1, Integer::sum);
                lines.append(' ').append(answer.status());
                String problem = problem(target, answer, language);
                if (problem != null) {
                    failures.add(target.key() + " with " + sample.name() + " → " + answer.status() + ": " + problem
                            + ": " + (answer.body().length() > 300 ? answer.body().substring(0, 300) : answer.body()));
                }
            }
            lines.append('\n');
        }
        Map<String, String> after = readBacks(draft, application, engagement);
        before.forEach((what, body) -> {
            if (!body.equals(after.get(what))) {
                failures.add("a hostile upload changed " + what);
            }
        });
        long filesAfter = storedFiles();
        if (filesAfter != filesBefore) {
            failures.add("the file store went from " + filesBefore + " to " + filesAfter + " files");
        }
        deleteDraft(draft);
        String counts = String.format("upload endpoints %d, hostile files %d, uploads tried %d, statuses %s, "
                + "files stored %d, failures %d", targets.size(), set.size(), tried, statuses,
                filesAfter - filesBefore, failures.size());
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, counts + "\n\n" + String.join("\n", failures) + "\n\n" + lines,
                StandardCharsets.UTF_8);
        System.out.println("HostileUploads: " + counts);
        assertEquals(List.of(), failures, counts);
    }

    /**
     * A refusal that names the upload's problem in the caller's language: the inspector's {@code upload.*} reason,
     * or, for a signed undertaking, the signature check's (409, after the inspector let the file through). A
     * target whose record takes no file now ({@code stateFirst}) may answer 409 before the file is read; the
     * inspector it would use is the one other targets reach.
     */
    private static String problem(Target target, PortalClient.Page answer, String language) {
        String error = answer.status() < 400 ? "" : Json.object(answer.body()).getString("error", "");
        if (answer.status() == 409 && (target.stateFirst() || error.startsWith("undertaking.signature."))) {
            return MalformedBodiesIT.leaks(answer.body()) ? "internals shown" : null;
        }
        String clear = MalformedBodiesIT.problem(answer, language);
        if (clear != null) {
            return clear;
        }
        if (answer.status() == 404) {
            return "not refused for the file";
        }
        return error.startsWith("upload.") ? null : "refused as " + error + ", not for the file";
    }

    private String createDraft() {
        PortalClient.Page created = caller.call(DemoAccounts.PROVINCE, "POST", "workspace/notices", "zh-CN",
                "application/json", bytes("{\"kind\":\"NOTICE\",\"title\":\"关于测试危险上传集的通知\","
                        + "\"recipients\":\"各设区市经信局\",\"body\":\"为做好测试工作，现将有关事项通知如下。\","
                        + "\"coIssuers\":[],\"copyTo\":\"各设区市人民政府\",\"dated\":\""
                        + LocalDate.now(ZoneId.of("Asia/Shanghai")) + "\"}"));
        PortalClient.assertStatus(201, created);
        return Json.object(created.body()).get("id").toString();
    }

    private void deleteDraft(String draft) {
        String version = Json.object(read(DemoAccounts.PROVINCE, "workspace/notices/" + draft)).get("version")
                .toString();
        PortalClient.assertStatus(204, caller.call(DemoAccounts.PROVINCE, "DELETE",
                "workspace/notices/" + draft + "?version=" + version, "en", null, null));
    }

    private Map<String, String> readBacks(String draft, String application, String engagement) {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("the draft notice", read(DemoAccounts.PROVINCE, "workspace/notices/" + draft));
        bodies.put("the templates", read(DemoAccounts.PROVINCE, "workspace/document-templates"));
        bodies.put("the exclusions", read(DemoAccounts.HANGZHOU, "workspace/exclusions"));
        bodies.put("the application", read(DemoAccounts.APPLICANT, application));
        bodies.put("the engagement", read(DemoAccounts.INSTITUTION, engagement));
        bodies.put("the park's reports", read(DemoAccounts.NINGBO_PARK, "workspace/park-reports"));
        return bodies;
    }

    private String read(String account, String path) {
        PortalClient.Page page = caller.call(account, "GET", path, "en", null, null);
        PortalClient.assertStatus(200, page);
        return page.body();
    }

    private static byte[] multipart(String boundary, Map<String, String> fields, String fileField, Sample sample) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(bytes("--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n")));
        body.writeBytes(bytes("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"" + sample.fileName() + "\"\r\nContent-Type: " + sample.type() + "\r\n\r\n"));
        body.writeBytes(sample.content());
        body.writeBytes(bytes("\r\n--" + boundary + "--\r\n"));
        return body.toByteArray();
    }

    private static long storedFiles() throws IOException {
        Path store = Path.of(System.getProperty("it.data.dir"), "portal", "files");
        if (!Files.exists(store)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(store)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
