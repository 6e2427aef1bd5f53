package cn.gov.zj.jxt.green.domain.model.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.domain.model.document.IssuedDocument;
import cn.gov.zj.jxt.green.domain.model.document.content.AnnexBlock;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A notice's life: a draft the clerk edits, issued with its number, published; a correction names the original. */
class NoticeTest {

    private static final Instant CREATED = Instant.parse("2025-03-03T01:00:00Z");
    private static final LocalDate DATED = LocalDate.of(2025, 3, 3);
    private static final List<AnnexBlock> BLOCKS = List.of(new AnnexBlock.Text("各市推荐名额分配表"));

    private static Notice draft() {
        Notice notice = new Notice(NoticeKind.NOTICE, CREATED, "province", DATED);
        notice.edit("关于组织开展2025年省级绿色低碳工厂推荐工作的通知", "各市经信局：", "一、推荐范围\n\n二、推荐条件",
                List.of("浙江省生态环境厅"), "工业和信息化部节能与综合利用司", DATED, CREATED.plusSeconds(60));
        return notice;
    }

    private static IssuedDocument document(String number) {
        return new IssuedDocument(DocumentFormat.FILE, "关于组织开展2025年省级绿色低碳工厂推荐工作的通知", null, null,
                number, "浙江省经济和信息化厅、浙江省生态环境厅", DATED, CREATED.plusSeconds(3600), "province",
                new IssuedDocument.Files("aa".repeat(32), 1024, "bb".repeat(32), 2048), null);
    }

    @Test
    void aNewNoticeIsAnUnnumberedDraft() {
        Notice notice = new Notice(NoticeKind.LETTER, CREATED, "province", DATED);
        assertEquals(NoticeStatus.DRAFT, notice.getStatus());
        assertTrue(notice.isDraft());
        assertEquals(NoticeKind.LETTER, notice.getKind());
        assertEquals(CREATED, notice.getCreatedAt());
        assertEquals(CREATED, notice.getUpdatedAt());
        assertEquals("province", notice.getCreatedBy());
        assertEquals(DATED, notice.getDated());
        assertNull(notice.getNumber());
        assertNull(notice.getDocument());
        assertNull(notice.getCorrects());
        assertEquals(List.of(), notice.paragraphs());
        assertEquals(List.of(), notice.getCoIssuerList());
    }

    @Test
    void anEditReplacesTheTextAndTheDepartmentLeadsItsCoIssuers() {
        Notice notice = draft();
        assertEquals("关于组织开展2025年省级绿色低碳工厂推荐工作的通知", notice.getTitle());
        assertEquals("各市经信局：", notice.getRecipients());
        assertEquals(List.of("一、推荐范围", "二、推荐条件"), notice.paragraphs(), "blank lines are no paragraphs");
        assertEquals(List.of("浙江省生态环境厅"), notice.getCoIssuerList());
        assertEquals("浙江省经济和信息化厅、浙江省生态环境厅", notice.getIssuerNames());
        assertEquals("工业和信息化部节能与综合利用司", notice.getCopyTo());
        assertEquals(CREATED.plusSeconds(60), notice.getUpdatedAt());

        notice.edit("新标题", null, "正文", List.of(), null, DATED.plusDays(1), CREATED.plusSeconds(120));
        assertEquals(List.of(), notice.getCoIssuerList(), "no co-issuer left");
        assertEquals("浙江省经济和信息化厅", notice.getIssuerNames());
        assertEquals(DATED.plusDays(1), notice.getDated());
        assertEquals(CREATED.plusSeconds(120), notice.getUpdatedAt());
        assertTrue(notice.isDraft(), "editing keeps it a draft");
    }

    @Test
    void issuingNumbersAndFreezesItAsItsDocument() {
        Notice notice = draft();
        IssuedDocument document = document("浙经信绿色〔2025〕8号");
        notice.issued(document, CREATED.plusSeconds(3600));
        assertEquals(NoticeStatus.ISSUED, notice.getStatus());
        assertFalse(notice.isDraft());
        assertSame(document, notice.getDocument());
        assertEquals("浙经信绿色〔2025〕8号", notice.getNumber());
        assertEquals(CREATED.plusSeconds(3600), notice.getUpdatedAt());
        assertNull(notice.getPublishedAt(), "issued is not yet public");
    }

    @Test
    void publishingShowsAnIssuedNoticeToThePublic() {
        Notice notice = draft();
        notice.issued(document("浙经信绿色〔2025〕8号"), CREATED.plusSeconds(3600));
        notice.published(CREATED.plusSeconds(7200), "province-clerk");
        assertEquals(NoticeStatus.PUBLISHED, notice.getStatus());
        assertEquals(CREATED.plusSeconds(7200), notice.getPublishedAt());
        assertEquals("province-clerk", notice.getPublishedBy());
        assertEquals(CREATED.plusSeconds(7200), notice.getUpdatedAt());
        assertEquals("浙经信绿色〔2025〕8号", notice.getNumber(), "the number stays");
    }

    @Test
    void annexesAreNumberedInTheOrderTheyComeAndEachChangeTouchesTheNotice() {
        Notice notice = draft();
        NoticeAnnex quotas = notice.addGeneratedAnnex("推荐名额分配表", BLOCKS, CREATED.plusSeconds(100));
        NoticeAnnex form = notice.addUploadedAnnex("申报书模板", "申报书.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "cc".repeat(32), 5120,
                CREATED.plusSeconds(200));
        assertEquals(1, quotas.getPosition());
        assertTrue(quotas.isGenerated());
        assertEquals(BLOCKS, quotas.getBlocks());
        assertEquals(2, form.getPosition());
        assertFalse(form.isGenerated());
        assertEquals("申报书.docx", form.getFileName());
        assertEquals(5120L, form.getFileSize());
        assertSame(form, notice.getAnnex(2));
        assertEquals(CREATED.plusSeconds(200), notice.getUpdatedAt());
    }

    @Test
    void aRemovedAnnexLeavesTheOthersNumberedOneTwoAfterSettling() {
        Notice notice = draft();
        notice.addGeneratedAnnex("附件一", BLOCKS, CREATED);
        notice.addGeneratedAnnex("附件二", BLOCKS, CREATED);
        notice.addGeneratedAnnex("附件三", BLOCKS, CREATED);
        notice.removeAnnex(1, CREATED.plusSeconds(300));
        assertEquals(List.of(-2, -3), notice.getAnnexes().stream().map(NoticeAnnex::getPosition).toList(),
                "parked on negative positions until the removal is flushed");
        assertEquals(CREATED.plusSeconds(300), notice.getUpdatedAt());
        notice.settleAnnexPositions();
        assertEquals(List.of(1, 2), notice.getAnnexes().stream().map(NoticeAnnex::getPosition).toList());
        assertEquals(List.of("附件二", "附件三"), notice.getAnnexes().stream().map(NoticeAnnex::getTitle).toList());
    }

    @Test
    void aCorrectionIsANewDraftWithTheOriginalsTextAndAnnexesThatNamesIt() {
        Notice original = draft();
        original.addGeneratedAnnex("推荐名额分配表", BLOCKS, CREATED);
        original.addUploadedAnnex("申报书模板", "申报书.docx", "application/pdf", "cc".repeat(32), 5120, CREATED);
        original.issued(document("浙经信绿色〔2025〕8号"), CREATED.plusSeconds(3600));
        original.published(CREATED.plusSeconds(7200), "province");

        Instant at = CREATED.plusSeconds(86_400);
        Notice correction = original.correctionDraft(at, "province-clerk", DATED.plusDays(1));
        assertTrue(correction.isDraft());
        assertSame(original, correction.getCorrects());
        assertEquals(NoticeKind.NOTICE, correction.getKind());
        assertEquals(original.getTitle(), correction.getTitle());
        assertEquals(original.getRecipients(), correction.getRecipients());
        assertEquals(original.paragraphs(), correction.paragraphs());
        assertEquals(original.getCoIssuerList(), correction.getCoIssuerList());
        assertEquals(original.getCopyTo(), correction.getCopyTo());
        assertEquals(DATED.plusDays(1), correction.getDated(), "dated the day it is written");
        assertEquals(at, correction.getCreatedAt());
        assertEquals("province-clerk", correction.getCreatedBy());
        assertNull(correction.getNumber(), "numbered when issued itself");

        List<NoticeAnnex> annexes = correction.getAnnexes();
        assertEquals(2, annexes.size());
        assertNotSame(original.getAnnex(1), annexes.get(0), "copies, the original's stay with it");
        assertSame(correction, annexes.get(0).getNotice());
        assertEquals(BLOCKS, annexes.get(0).getBlocks());
        assertEquals("cc".repeat(32), annexes.get(1).getFileSha256());
        assertEquals(NoticeStatus.PUBLISHED, original.getStatus(), "the original stands until the correction");
    }

    @Test
    void anIssuedNoticeIsFrozenItsTextAndAnnexesRefuseEveryChange() {
        Notice notice = draft();
        notice.addGeneratedAnnex("附件一", BLOCKS, CREATED);
        notice.addGeneratedAnnex("附件二", BLOCKS, CREATED);
        notice.issued(document("浙经信绿色〔2025〕8号"), CREATED.plusSeconds(3600));
        var before = notice.auditState();

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> notice.edit("改后标题", null,
                "正文", List.of(), null, DATED, CREATED.plusSeconds(7200)));
        assertTrue(e.getMessage().endsWith("is ISSUED, not a draft"), e.getMessage());
        assertThrows(IllegalStateException.class,
                () -> notice.addGeneratedAnnex("附件三", BLOCKS, CREATED.plusSeconds(7200)));
        assertThrows(IllegalStateException.class, () -> notice.addUploadedAnnex("附件三", "附件三.pdf",
                "application/pdf", "cc".repeat(32), 1024, CREATED.plusSeconds(7200)));
        assertThrows(IllegalStateException.class, () -> notice.removeAnnex(1, CREATED.plusSeconds(7200)));
        assertThrows(IllegalStateException.class, notice::settleAnnexPositions);
        assertEquals(before, notice.auditState(), "nothing changed");
        assertEquals(List.of(1, 2), notice.getAnnexes().stream().map(NoticeAnnex::getPosition).toList());
        assertEquals(CREATED.plusSeconds(3600), notice.getUpdatedAt());

        notice.published(CREATED.plusSeconds(7200), "province");
        assertThrows(IllegalStateException.class, () -> notice.edit("改后标题", null, "正文", List.of(), null, DATED,
                CREATED.plusSeconds(9000)), "published is frozen too");
        assertThrows(IllegalStateException.class, () -> notice.removeAnnex(2, CREATED.plusSeconds(9000)));
    }

    @Test
    void onlyADraftIsIssuedAndOnlyAnIssuedNoticePublished() {
        Notice draft = draft();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> draft.published(CREATED.plusSeconds(60), "province"));
        assertTrue(e.getMessage().endsWith("is DRAFT, not issued"), e.getMessage());
        assertTrue(draft.isDraft());
        assertNull(draft.getPublishedAt());

        IssuedDocument first = document("浙经信绿色〔2025〕8号");
        draft.issued(first, CREATED.plusSeconds(3600));
        assertThrows(IllegalStateException.class,
                () -> draft.issued(document("浙经信绿色〔2025〕9号"), CREATED.plusSeconds(3700)), "issued once");
        assertSame(first, draft.getDocument());

        draft.published(CREATED.plusSeconds(7200), "province");
        assertThrows(IllegalStateException.class, () -> draft.published(CREATED.plusSeconds(9000), "other"),
                "published once");
        assertThrows(IllegalStateException.class,
                () -> draft.issued(document("浙经信绿色〔2025〕9号"), CREATED.plusSeconds(9000)));
        assertEquals(CREATED.plusSeconds(7200), draft.getPublishedAt());
        assertEquals("province", draft.getPublishedBy());
        assertEquals("浙经信绿色〔2025〕8号", draft.getNumber());
    }

    @Test
    void aDraftIsEditedNotCorrected() {
        Notice draft = draft();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> draft.correctionDraft(CREATED.plusSeconds(60), "province", DATED));
        assertTrue(e.getMessage().endsWith("is a draft, edited rather than corrected"), e.getMessage());

        draft.issued(document("浙经信绿色〔2025〕8号"), CREATED.plusSeconds(3600));
        Notice correction = draft.correctionDraft(CREATED.plusSeconds(7200), "province", DATED);
        assertSame(draft, correction.getCorrects(), "an issued notice, not yet published, may be corrected");
    }
}
