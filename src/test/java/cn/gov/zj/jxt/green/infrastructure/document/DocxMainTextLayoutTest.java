package cn.gov.zj.jxt.green.infrastructure.document;

import static cn.gov.zj.jxt.green.infrastructure.document.DocxProbe.jc;
import static cn.gov.zj.jxt.green.infrastructure.document.DocxProbe.lines;
import static cn.gov.zj.jxt.green.infrastructure.document.DocxProbe.render;
import static cn.gov.zj.jxt.green.infrastructure.document.DocxProbe.runs;
import static cn.gov.zj.jxt.green.infrastructure.document.DocxProbe.styleOf;
import static cn.gov.zj.jxt.green.infrastructure.document.DocxProbe.text;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;

import org.docx4j.wml.JcEnumeration;
import org.docx4j.wml.P;
import org.docx4j.wml.PPrBase;
import org.junit.jupiter.api.Test;

import cn.gov.zj.jxt.green.testing.SampleDocuments;

/**
 * The 主体 of a DOCX up to the date, checked against GB/T 9704-2012: title, recipients, body with its headings, 附件说明,
 * signature and date.
 */
class DocxMainTextLayoutTest {

    @Test
    void titleIs2haoXiaobiaosongAndBodyIs3haoFangsongIndentedTwoCharacters() {
        DocxProbe doc = render(SampleDocuments.file());

        assertEquals(Gbt9704.SIZE_2_PT, doc.size("DocTitle"));
        assertEquals("方正小标宋简体", doc.inherited("DocTitle", s -> s.getRPr() == null || s.getRPr().getRFonts() == null
                ? null : s.getRPr().getRFonts().getEastAsia()));
        assertEquals(JcEnumeration.CENTER, doc.inherited("DocTitle", s -> jc(s.getPPr())));
        assertEquals(Gbt9704.SIZE_3_PT, doc.size("DocBody"));
        assertEquals("仿宋_GB2312", doc.defaultEastAsiaFont());
        assertEquals(BigInteger.valueOf(200), doc.inherited("DocBody", s -> s.getPPr() == null
                || s.getPPr().getInd() == null ? null : s.getPPr().getInd().getFirstLineChars()));
        assertEquals(6, doc.paragraphs("DocBody").size());
    }

    @Test
    void longTitlesAreBrokenEvenlyWhereWordsEnd() {
        assertEquals(List.of("浙江省经济和信息化厅", "关于印发《浙江省绿色（低碳）", "工厂梯度培育管理实施细则》的通知"),
                lines(render(SampleDocuments.file()).only("DocTitle")));
        assertEquals(List.of("浙江省经济和信息化厅", "浙江省发展和改革委员会", "浙江省生态环境厅关于公布",
                "2025年浙江省绿色低碳工厂名单的通知"), lines(render(SampleDocuments.joint(3)).only("DocTitle")));
    }

    @Test
    void recipientsEndWithAFullWidthColonOneLineBelowTheTitle() {
        DocxProbe doc = render(SampleDocuments.file());

        P recipients = doc.only("DocRecipients");
        assertEquals("各市、县（市、区）经信局：", text(recipients));
        assertEquals("", text((P) doc.body().get(doc.body().indexOf(recipients) - 1)));
        assertEquals("DocTitle", styleOf((P) doc.body().get(doc.body().indexOf(recipients) - 2)));
    }

    @Test
    void onlyAHeadingsLeadIsSetInItsFont() {
        DocxProbe doc = render(SampleDocuments.file());
        List<P> body = doc.paragraphs("DocBody");

        assertEquals(List.of("一、总体要求"), runs(body.get(1), "DocHeadingFirst"));
        assertEquals(List.of("（一）培育机制。"), runs(body.get(2), "DocHeadingSecond"));
        assertEquals(List.of("（一）培育机制。", "纵向形成省、市、县三级联动的绿色（低碳）工厂培育机制；横向形成绿色（低碳）工业园区、绿色供应链"
                + "管理企业带动园区内、供应链上下游企业创建绿色（低碳）工厂的培育机制。"), runs(body.get(2), null));
        assertEquals("黑体", doc.style("DocHeadingFirst").getRPr().getRFonts().getEastAsia());
        assertEquals("楷体_GB2312", doc.style("DocHeadingSecond").getRPr().getRFonts().getEastAsia());
        // 1. and （1） stay in 仿宋: no character style.
        assertEquals(List.of(), runs(body.get(3), "DocHeadingFirst"));
        assertEquals(List.of(), runs(body.get(3), "DocHeadingSecond"));
    }

    @Test
    void annexListAlignsTheNamesAndHasNoClosingPunctuation() {
        DocxProbe doc = render(SampleDocuments.letter());

        List<P> items = doc.paragraphs("DocAnnexList");
        assertEquals(List.of("附件：1.2025年省级绿色低碳工厂推荐名额", "2.　　　　市省级绿色制造推荐名单汇总表"),
                items.stream().map(DocxProbe::text).toList());
        PPrBase.Ind first = items.get(0).getPPr().getInd();
        PPrBase.Ind second = items.get(1).getPPr().getInd();
        // 附件 two characters in; "2." under "1."; wrapped names under their first character.
        assertEquals(200, first.getLeftChars().intValue() - first.getHangingChars().intValue());
        assertEquals(200 + 300, second.getLeftChars().intValue() - second.getHangingChars().intValue());
        assertEquals(first.getLeftChars(), second.getLeftChars());
        assertEquals("", text((P) doc.body().get(doc.body().indexOf(items.get(0)) - 1)), "one blank line above");
    }

    @Test
    void aSingleAnnexIsNotNumberedAndASeparateFileIsOnlyListed() {
        DocxProbe plain = render(SampleDocuments.plain());
        assertEquals(List.of("附件：2025年省级绿色低碳工厂拟入选名单"),
                plain.paragraphs("DocAnnexList").stream().map(DocxProbe::text).toList());
        assertEquals(List.of("附件"), plain.paragraphs("DocAnnexLabel").stream().map(DocxProbe::text).toList());

        DocxProbe file = render(SampleDocuments.file());
        assertEquals(List.of("附件：浙江省绿色（低碳）工厂梯度培育管理实施细则"),
                file.paragraphs("DocAnnexList").stream().map(DocxProbe::text).toList());
        assertEquals(List.of(), file.paragraphs("DocAnnexLabel"));
    }

    @Test
    void dateIsTwoCharactersRightOfTheSignaturesFirstCharacter() {
        DocxProbe doc = render(SampleDocuments.letter());

        P signature = doc.only("DocSignature");
        P date = doc.only("DocDate");
        assertEquals("浙江省经济和信息化厅", text(signature));
        assertEquals("2025年5月28日", text(date));
        // Signature 2 characters from the right; its first character 12 from the right, the date's 10.
        assertEquals(200, signature.getPPr().getInd().getRightChars().intValue());
        assertEquals(1200 - 200, date.getPPr().getInd().getRightChars().intValue() + 650);
        assertEquals(JcEnumeration.RIGHT, doc.inherited("DocSignature", s -> jc(s.getPPr())));
        assertEquals(JcEnumeration.RIGHT, doc.inherited("DocDate", s -> jc(s.getPPr())));
        assertEquals("", text((P) doc.body().get(doc.body().indexOf(signature) - 1)), "one blank line above");
        assertEquals(doc.body().indexOf(signature) + 1, doc.body().indexOf(date));
    }

    @Test
    void jointSignaturesFollowTheAgencyOrderAboveOneDate() {
        DocxProbe doc = render(SampleDocuments.joint(3));

        List<P> signatures = doc.paragraphs("DocSignature");
        assertEquals(List.of("浙江省经济和信息化厅", "浙江省发展和改革委员会", "浙江省生态环境厅"),
                signatures.stream().map(DocxProbe::text).toList());
        // One column: right indent + length is the same for every name; the longest keeps 2 characters.
        assertEquals(List.of(1300, 1300, 1300), signatures.stream()
                .map(p -> p.getPPr().getInd().getRightChars().intValue() + 100 * text(p).length()).toList());
        P date = doc.only("DocDate");
        assertEquals("2025年12月20日", text(date));
        assertEquals(doc.body().indexOf(signatures.get(2)) + 1, doc.body().indexOf(date));
        assertEquals(1300 - 200, date.getPPr().getInd().getRightChars().intValue() + 700);
    }
}
