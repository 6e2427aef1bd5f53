package cn.gov.zj.jxt.green.infrastructure.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes CSV (RFC 4180) row by row to a stream, nothing held back: UTF-8 with a byte order mark, without which
 * Excel reads Chinese as the local code page; CRLF line ends. A cell that a spreadsheet would take for a formula
 * (=, +, -, @ first) is prefixed with an apostrophe, so that an exported name can never run as one.
 */
public final class CsvWriter implements AutoCloseable {

    private static final char BOM = '\uFEFF';

    private final Writer out;

    public CsvWriter(OutputStream out) throws IOException {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.out.write(BOM);
    }

    public void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** One cell as it goes into the file: quoted when it holds a comma, quote or line break. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = value;
        char first = text.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            text = "'" + text;
        }
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
