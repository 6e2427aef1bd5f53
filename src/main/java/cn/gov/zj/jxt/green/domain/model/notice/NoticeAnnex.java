package cn.gov.zj.jxt.green.domain.model.notice;

import cn.gov.zj.jxt.green.domain.model.document.content.Annex;
import cn.gov.zj.jxt.green.domain.model.document.content.AnnexBlock;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;

/**
 * 附件N of a notice: either generated (tables and lines from portal data, rendered into the document's annex
 * pages) or an uploaded file (PDF, DOCX or XLSX, checked by content, kept in the file store, served as an
 * attachment and listed in 附件说明).
 */
@Entity
@Table(name = "notice_annex")
public class NoticeAnnex implements Serializable {

    @Id
    @SequenceGenerator(name = "notice_annex_seq", sequenceName = "notice_annex_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_annex_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "notice_id", nullable = false)
    private Notice notice;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String title;

    @Convert(converter = AnnexBlocksConverter.class)
    @Column(length = 1000000)
    private List<AnnexBlock> blocks;

    @Column(name = "file_sha256", length = 64)
    private String fileSha256;

    @Column(name = "file_name", length = 200)
    private String fileName;

    @Column(name = "media_type", length = 100)
    private String mediaType;

    @Column(name = "file_size")
    private Long fileSize;

    protected NoticeAnnex() {
        // for JPA
    }

    static NoticeAnnex generated(Notice notice, int position, String title, List<AnnexBlock> blocks) {
        NoticeAnnex annex = new NoticeAnnex();
        annex.notice = notice;
        annex.position = position;
        annex.title = title;
        annex.blocks = List.copyOf(blocks);
        return annex;
    }

    static NoticeAnnex uploaded(Notice notice, int position, String title, String fileName, String mediaType,
            String sha256, long size) {
        NoticeAnnex annex = new NoticeAnnex();
        annex.notice = notice;
        annex.position = position;
        annex.title = title;
        annex.fileName = fileName;
        annex.mediaType = mediaType;
        annex.fileSha256 = sha256;
        annex.fileSize = size;
        return annex;
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    public Annex toAnnex() {
        return isGenerated() ? new Annex(position, title, blocks) : Annex.separateFile(position, title);
    }

    public boolean isGenerated() {
        return blocks != null;
    }

    public Long getId() {
        return id;
    }

    public Notice getNotice() {
        return notice;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public List<AnnexBlock> getBlocks() {
        return blocks;
    }

    public String getFileSha256() {
        return fileSha256;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public Long getFileSize() {
        return fileSize;
    }
}
