package cn.gov.zj.jxt.green;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No Chinese text in a string or character literal of the Java sources, outside the files listed here with their
 * reason. A person's text belongs in the bundle (i18n/messages_*.properties, in both languages; inbox and mail under
 * {@code notification.*}), the wording of an issued document beside its template (document-templates/
 * &lt;kind&gt;.properties). Comments may say what they like.
 */
class ChineseLiteralsTest {

    private static final Path SOURCES = Path.of("src/main/java/cn/gov/zj/jxt/green");

    /** Files that may hold Chinese literals, by path under cn/gov/zj/jxt/green, and why. */
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("infrastructure/demo/", "demo data: organisations, notices and records as the department writes them"),
            Map.entry("infrastructure/document/LayoutPlan.java", "GB/T 9704 format elements: 文件, 附件, 抄送"),
            Map.entry("infrastructure/document/LayoutPlanner.java", "GB/T 9704 format elements: 附件, 印发"),
            Map.entry("infrastructure/document/PdfHead.java", "GB/T 9704 format element: the document number's 〔〕号"),
            Map.entry("infrastructure/document/TitleLines.java", "title-breaking rules: conjunctions, 关于, 的"),
            Map.entry("infrastructure/document/FontLibrary.java", "characters a font must have to stand in"),
            Map.entry("domain/model/document/DocumentNumber.java", "the form of a document number, 〔year〕serial号"),
            Map.entry("domain/model/document/Issuer.java", "the issuers' number prefixes (浙经信绿色), register data"),
            Map.entry("domain/model/document/content/Agency.java", "the agencies' names, register data"),
            Map.entry("domain/model/notice/Notice.java", "the printing agency's name, register data"),
            Map.entry("domain/model/document/content/BodyParagraph.java", "the heading numerals GB/T 9704 7.3.3 levels by"),
            Map.entry("domain/model/document/content/DocumentContent.java", "the date as documents write it (年月日)"),
            Map.entry("domain/model/document/content/Imprint.java", "a developer's exception naming the standard's elements"),
            Map.entry("domain/model/exclusion/ExclusionGround.java", "the rules' own items (004 §(十七)) and clause citations"),
            Map.entry("domain/model/listing/RemovalGround.java", "clause citations of the rules (004 §(十九))"),
            Map.entry("domain/model/nomination/EligibilityRule.java", "clause citations of the rules (003, 004)"),
            Map.entry("application/review/PreliminaryReviews.java", "a clause citation of the call (003 §一(二))"),
            Map.entry("interfaces/shared/Clauses.java", "Chinese numerals and 第…条 forms, to cite clauses to Chinese readers"),
            Map.entry("application/exclusion/ExclusionImport.java", "the import's column headers, which clerks' files carry in Chinese"),
            Map.entry("application/exclusion/DefaultExclusionService.java", "the import template's file name, with its Chinese headers"),
            Map.entry("application/dynamic/DefaultDynamicManagementService.java", "notes written into the register (unit history, proposal evidence)"),
            Map.entry("application/dynamic/Removals.java", "notes written into the register (exclusion source, unit history)"),
            Map.entry("application/report/DefaultNamedReportService.java", "the exclusion source written into the register"));

    @Test
    void chineseLiteralsStayInTheirFiles() throws IOException {
        Map<String, List<String>> found = literals();
        Set<String> unexpected = new TreeSet<>();
        found.forEach((file, texts) -> {
            if (reason(file) == null) {
                texts.forEach(t -> unexpected.add(file + ": " + t));
            }
        });
        assertTrue(unexpected.isEmpty(), "Chinese literals belong in the bundle or beside a document's template: "
                + String.join("\n", unexpected));
    }

    @Test
    void everyFileAllowedStillNeedsIt() throws IOException {
        Set<String> files = literals().keySet();
        Set<String> stale = new TreeSet<>();
        for (String allowed : ALLOWED.keySet()) {
            if (files.stream().noneMatch(f -> f.equals(allowed) || allowed.endsWith("/") && f.startsWith(allowed))) {
                stale.add(allowed);
            }
        }
        assertTrue(stale.isEmpty(), "no longer holds Chinese literals, drop it from the list: " + stale);
    }

    @Test
    void theScannerSkipsCommentsAndFindsLiterals() {
        String source = "/* 注释 \"甲\" */ // 注释 \"乙\"\nString a = \"丙\\\"\" + '丁' + \"\"\"\n  戊\n  \"\"\"; String b = \"x\";";
        assertTrue(chinese(source).equals(List.of("丙\\\"", "丁", "\n  戊\n  ")), chinese(source).toString());
    }

    private static String reason(String file) {
        for (var e : ALLOWED.entrySet()) {
            if (file.equals(e.getKey()) || e.getKey().endsWith("/") && file.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    private static Map<String, List<String>> literals() throws IOException {
        Map<String, List<String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> texts = chinese(Files.readString(file));
                if (!texts.isEmpty()) {
                    found.put(SOURCES.relativize(file).toString().replace('\\', '/'), texts);
                }
            }
        }
        return found;
    }

    /** The string, text-block and character literals of {@code source} that hold a CJK ideograph. */
    static List<String> chinese(String source) {
        List<String> texts = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i);
                i = i < 0 ? n : i;
            } else if (source.startsWith("/*", i)) {
                i = source.indexOf("*/", i + 2);
                i = i < 0 ? n : i + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end;
                add(texts, source.substring(i + 3, end));
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                add(texts, source.substring(i + 1, Math.min(j, n)));
                i = j + 1;
            } else {
                i++;
            }
        }
        return texts;
    }

    private static void add(List<String> texts, String literal) {
        if (literal.codePoints().anyMatch(cp -> cp >= 0x4E00 && cp <= 0x9FFF)) {
            texts.add(literal);
        }
    }
}
