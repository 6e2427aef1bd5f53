package cn.gov.zj.jxt.green.domain.model.notice;

import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;

public interface NoticeRepository {

    void add(Notice notice);

    Optional<Notice> find(long id);

    /** Removes a draft with its annexes. */
    void remove(Notice notice);

    /**
     * The notice, its row locked until the transaction ends: two clerks issuing or publishing the same notice at
     * once are served one after the other, and the second sees what the first did.
     */
    Optional<Notice> findForUpdate(long id);

    /** Writes pending changes now (a step of renumbering annexes under the unique position). */
    void flush();

    /** Published notices, newest first, whose title, number or issuer contains {@code text} (may be null). */
    Page<Notice> published(String text, PageRequest page);

    /** Every notice for the clerks' workspace, newest change first; {@code status} may be null. */
    Page<Notice> all(String text, NoticeStatus status, PageRequest page);

    /** The latest published notices, for the feed. */
    List<Notice> latestPublished(int max);

    /** The notice that corrects {@code notice}, if any. */
    Optional<Notice> correctionOf(Notice notice);
}
