package cn.gov.zj.jxt.green.domain.model.document;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document number 发文字号 as GB/T 9704-2012 7.2.5 writes it: the issuer's prefix, the year in 〔〕, the serial
 * without leading zeros and without 第, then 号 — 浙经信绿色〔2024〕105号.
 */
public record DocumentNumber(String prefix, int year, int serial) {

    private static final Pattern FORM = Pattern.compile("(.+)〔(\\d{4})〕([1-9]\\d*)号");

    public DocumentNumber {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.isBlank() || year < 1949 || year > 9999 || serial < 1) {
            throw new IllegalArgumentException("not a document number: " + prefix + " " + year + " " + serial);
        }
    }

    public static DocumentNumber parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a document number: " + text);
        }
        return new DocumentNumber(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    @Override
    public String toString() {
        return prefix + "〔" + year + "〕" + serial + "号";
    }
}
