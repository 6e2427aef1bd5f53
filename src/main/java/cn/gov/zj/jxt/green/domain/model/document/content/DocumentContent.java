package cn.gov.zj.jxt.green.domain.model.document.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything an official document says. Rendered to DOCX and PDF by the document service; the same content always
 * gives the same layout in both.
 *
 * @param format     文件, 信函 or plain 公告/公示
 * @param agencies   issuing agencies, lead first; more than one makes a joint issue (联合行文, FILE only). Their
 *                   names form the agency mark and the signatures, in this order
 * @param number     发文字号 as printed, e.g. 浙经信绿色〔2025〕12号; {@code null} in a preview before issue, and for
 *                   a plain notice
 * @param title      标题
 * @param recipients 主送机关 without the closing ：, {@code null} for none (公告, 公示)
 * @param body       paragraphs of 正文; headings are recognised by their numbering ({@link BodyParagraph})
 * @param annexes    附件, numbered from 1 in order; all are listed in 附件说明
 * @param date       成文日期
 * @param imprint    版记, {@code null} for none
 * @param subject    a one-line subject for the file's metadata
 */
public record DocumentContent(DocumentFormat format, List<Agency> agencies, String number, String title,
        String recipients, List<String> body, List<Annex> annexes, LocalDate date, Imprint imprint, String subject) {

    public DocumentContent {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        agencies = List.copyOf(agencies);
        body = List.copyOf(body);
        annexes = List.copyOf(annexes);
        if (agencies.isEmpty()) {
            throw new IllegalArgumentException("a document needs its issuing agency");
        }
        if (agencies.size() > 1 && format != DocumentFormat.FILE) {
            throw new IllegalArgumentException("only the 文件 format issues jointly");
        }
        for (int i = 0; i < annexes.size(); i++) {
            if (annexes.get(i).number() != i + 1) {
                throw new IllegalArgumentException("annexes must be numbered 1, 2, … in order");
            }
        }
    }

    public boolean joint() {
        return agencies.size() > 1;
    }

    public List<BodyParagraph> paragraphs() {
        return body.stream().filter(p -> !p.isBlank()).map(BodyParagraph::of).toList();
    }

    /** 成文日期 as GB/T 9704 7.3.5 writes it: Arabic numerals, full year, no zero padding — 2025年5月28日. */
    public static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
}
