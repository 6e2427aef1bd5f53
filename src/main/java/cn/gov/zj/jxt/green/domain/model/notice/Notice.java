package cn.gov.zj.jxt.green.domain.model.notice;

import cn.gov.zj.jxt.green.domain.model.audit.Audited;
import cn.gov.zj.jxt.green.domain.model.document.IssuedDocument;
import cn.gov.zj.jxt.green.domain.model.document.content.Agency;
import cn.gov.zj.jxt.green.domain.model.document.content.AnnexBlock;
import cn.gov.zj.jxt.green.domain.model.document.content.BodyParagraph;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.Imprint;
import cn.gov.zj.jxt.green.domain.shared.Sha256;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A notice of the provincial department. While a draft, the clerk edits it freely; issuing it takes a number,
 * renders it and freezes it as an {@link IssuedDocument}; publishing shows it to the public. A mistake in an
 * issued notice is put right by a correction: a new notice that names this one. What may follow what is this
 * class's to refuse; who may do it, and the message the clerk reads, are the service's.
 */
@Entity
@Table(name = "notice")
public class Notice implements Audited, Serializable {

    /** 印发机关 of the 版记 of the department's 文件-format documents (GB/T 9704 7.4.3). */
    public static final String PRINTED_BY = "浙江省经济和信息化厅办公室";

    @Id
    @SequenceGenerator(name = "notice_seq", sequenceName = "notice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_seq")
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NoticeKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NoticeStatus status = NoticeStatus.DRAFT;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 300)
    private String recipients;

    /** Paragraphs separated by line breaks. */
    @Column(nullable = false, length = 200000)
    private String body;

    /** Co-issuing agencies of a joint 通知, in order, one per line; the department always leads. */
    @Column(name = "co_issuers", length = 300)
    private String coIssuers;

    @Column(name = "copy_to", length = 500)
    private String copyTo;

    /** 成文日期. */
    @Column(nullable = false)
    private LocalDate dated;

    @ManyToOne
    @JoinColumn(name = "document_id")
    private IssuedDocument document;

    @ManyToOne
    @JoinColumn(name = "corrects_id", updatable = false)
    private Notice corrects;

    @OneToMany(mappedBy = "notice", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<NoticeAnnex> annexes = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 40)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 40)
    private String publishedBy;

    protected Notice() {
        // for JPA
    }

    public Notice(NoticeKind kind, Instant createdAt, String createdBy, LocalDate dated) {
        this.kind = kind;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.createdBy = createdBy;
        this.dated = dated;
    }

    /** A new draft that corrects this issued notice, starting from its text and generated annexes. */
    public Notice correctionDraft(Instant at, String by, LocalDate today) {
        if (isDraft()) {
            throw new IllegalStateException("notice " + id + " is a draft, edited rather than corrected");
        }
        Notice draft = new Notice(kind, at, by, today);
        draft.title = title;
        draft.recipients = recipients;
        draft.body = body;
        draft.coIssuers = coIssuers;
        draft.copyTo = copyTo;
        draft.corrects = this;
        for (NoticeAnnex annex : annexes) {
            draft.annexes.add(annex.isGenerated()
                    ? NoticeAnnex.generated(draft, annex.getPosition(), annex.getTitle(), annex.getBlocks())
                    : NoticeAnnex.uploaded(draft, annex.getPosition(), annex.getTitle(), annex.getFileName(),
                            annex.getMediaType(), annex.getFileSha256(), annex.getFileSize()));
        }
        return draft;
    }

    /** The document this notice makes, numbered {@code number} ({@code null} before issue or when unnumbered). */
    public DocumentContent toContent(String number, LocalDate printedOn) {
        List<Agency> agencies = new ArrayList<>();
        agencies.add(Agency.ECONOMY);
        getCoIssuerList().forEach(name -> agencies.add(new Agency(name)));
        Imprint imprint = switch (kind) {
            case NOTICE -> new Imprint(copyTo, PRINTED_BY, printedOn);
            case LETTER -> copyTo == null ? null : new Imprint(copyTo, null, null);
            case ANNOUNCEMENT -> null;
        };
        return new DocumentContent(kind.format(), agencies, number, title,
                kind.hasRecipients() ? recipients : null, paragraphs(), annexes.stream().map(NoticeAnnex::toAnnex)
                        .toList(), dated, imprint, title);
    }

    public List<String> paragraphs() {
        return body == null ? List.of() : Arrays.stream(body.split("\\R")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
    }

    /** The paragraphs with their heading levels, for pages that set headings as the document does. */
    public List<BodyParagraph> bodyParagraphs() {
        return paragraphs().stream().map(BodyParagraph::of).toList();
    }

    public boolean isDraft() {
        return status == NoticeStatus.DRAFT;
    }

    public void issued(IssuedDocument issuedDocument, Instant at) {
        requireDraft();
        this.document = issuedDocument;
        this.status = NoticeStatus.ISSUED;
        this.updatedAt = at;
    }

    public void published(Instant at, String by) {
        if (status != NoticeStatus.ISSUED) {
            throw new IllegalStateException("notice " + id + " is " + status + ", not issued");
        }
        this.status = NoticeStatus.PUBLISHED;
        this.publishedAt = at;
        this.publishedBy = by;
        this.updatedAt = at;
    }

    public void edit(String newTitle, String newRecipients, String newBody, List<String> newCoIssuers,
            String newCopyTo, LocalDate newDated, Instant at) {
        requireDraft();
        this.title = newTitle;
        this.recipients = newRecipients;
        this.body = newBody;
        this.coIssuers = newCoIssuers.isEmpty() ? null : String.join("\n", newCoIssuers);
        this.copyTo = newCopyTo;
        this.dated = newDated;
        this.updatedAt = at;
    }

    /*
     * Every change of the annexes also changes updatedAt: the notice's row changes, so its version goes up, and a
     * clerk who previewed an older set of annexes cannot issue it (issue checks the version).
     */

    public NoticeAnnex addGeneratedAnnex(String annexTitle, List<AnnexBlock> blocks, Instant at) {
        requireDraft();
        NoticeAnnex annex = NoticeAnnex.generated(this, annexes.size() + 1, annexTitle, blocks);
        annexes.add(annex);
        updatedAt = at;
        return annex;
    }

    public NoticeAnnex addUploadedAnnex(String annexTitle, String fileName, String mediaType, String sha256,
            long size, Instant at) {
        requireDraft();
        NoticeAnnex annex = NoticeAnnex.uploaded(this, annexes.size() + 1, annexTitle, fileName, mediaType, sha256,
                size);
        annexes.add(annex);
        updatedAt = at;
        return annex;
    }

    /**
     * Removes annex {@code position} and parks the ones after it on negative positions; {@link
     * #settleAnnexPositions()} then numbers them 1, 2, … again. Two steps, with a flush between them, because
     * (notice, position) is unique and the database checks it row by row, in whatever order the updates come.
     */
    public void removeAnnex(int position, Instant at) {
        requireDraft();
        annexes.removeIf(a -> a.getPosition() == position);
        for (NoticeAnnex annex : annexes) {
            if (annex.getPosition() > position) {
                annex.moveTo(-annex.getPosition());
            }
        }
        updatedAt = at;
    }

    /** The second step of {@link #removeAnnex}: annexes numbered 1, 2, … in their order. */
    public void settleAnnexPositions() {
        requireDraft();
        List<NoticeAnnex> ordered = new ArrayList<>(annexes);
        ordered.sort(java.util.Comparator.comparingInt(a -> Math.abs(a.getPosition())));
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).moveTo(i + 1);
        }
    }

    /** An issued notice is frozen: a mistake in it is put right by a correction. */
    private void requireDraft() {
        if (!isDraft()) {
            throw new IllegalStateException("notice " + id + " is " + status + ", not a draft");
        }
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public NoticeKind getKind() {
        return kind;
    }

    public NoticeStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public String getRecipients() {
        return recipients;
    }

    public String getBody() {
        return body;
    }

    public List<String> getCoIssuerList() {
        return coIssuers == null ? List.of() : List.of(coIssuers.split("\n"));
    }

    public String getCopyTo() {
        return copyTo;
    }

    public LocalDate getDated() {
        return dated;
    }

    public IssuedDocument getDocument() {
        return document;
    }

    /** 发文字号 once issued, or {@code null}. */
    public String getNumber() {
        return document == null ? null : document.getNumber();
    }

    public Notice getCorrects() {
        return corrects;
    }

    public List<NoticeAnnex> getAnnexes() {
        return annexes;
    }

    public NoticeAnnex getAnnex(int position) {
        return annexes.stream().filter(a -> a.getPosition() == position).findFirst().orElse(null);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    /** Issuing agencies as the public list shows them: the department, then any co-issuers. */
    public String getIssuerNames() {
        List<String> names = new ArrayList<>();
        names.add(Agency.ECONOMY.name());
        names.addAll(getCoIssuerList());
        return String.join("、", names);
    }

    @Override
    public String auditType() {
        return "Notice";
    }

    @Override
    public Object auditId() {
        return id;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", kind);
        state.put("status", status);
        state.put("title", title);
        state.put("recipients", recipients);
        state.put("coIssuers", coIssuers);
        state.put("copyTo", copyTo);
        state.put("dated", dated);
        // The body can be long; its hash shows any change, even one that keeps the length.
        state.put("bodySha256", body == null ? null : Sha256.hex(body));
        state.put("annexes", annexes.stream().map(a -> a.getPosition() + ":" + a.getTitle()
                + (a.isGenerated() ? "" : "@" + a.getFileSha256())).toList());
        state.put("number", getNumber());
        state.put("corrects", corrects == null ? null : corrects.getId());
        return state;
    }
}
