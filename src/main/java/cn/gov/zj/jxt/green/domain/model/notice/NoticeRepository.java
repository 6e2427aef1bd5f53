package cn.gov.zj.jxt.green.domain.model.notice;

import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface NoticeRepository {

    void add(Notice notice);

    Optional<Notice> find(long id);

    /** Published notices, newest first, whose title, number or issuer contains {@code text} (may be null). */
    Page<Notice> published(String text, PageRequest page);

    /** Every notice for the clerks' workspace, newest change first; {@code status} may be null. */
    Page<Notice> all(String text, NoticeStatus status, PageRequest page);

    /** The latest published notices, for the feed. */
    List<Notice> latestPublished(int max);

    /** The notice that corrects {@code notice}, if any. */
    Optional<Notice> correctionOf(Notice notice);

    /** When the last notice was published, for the feed's updated date. */
    Optional<Instant> lastPublication();
}
