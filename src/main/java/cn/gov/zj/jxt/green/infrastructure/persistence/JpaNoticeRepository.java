package cn.gov.zj.jxt.green.infrastructure.persistence;

import cn.gov.zj.jxt.green.domain.model.document.IssuedDocument;
import cn.gov.zj.jxt.green.domain.model.document.content.Agency;
import cn.gov.zj.jxt.green.domain.model.notice.Notice;
import cn.gov.zj.jxt.green.domain.model.notice.NoticeRepository;
import cn.gov.zj.jxt.green.domain.model.notice.NoticeStatus;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class JpaNoticeRepository implements NoticeRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void add(Notice notice) {
        em.persist(notice);
    }

    @Override
    public Optional<Notice> find(long id) {
        return Optional.ofNullable(em.find(Notice.class, id));
    }

    @Override
    public void remove(Notice notice) {
        em.remove(notice);
    }

    @Override
    public Optional<Notice> findForUpdate(long id) {
        // The lock reads the row from the database: a notice this transaction created must be written first.
        em.flush();
        return Optional.ofNullable(em.find(Notice.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Page<Notice> published(String text, PageRequest page) {
        return Paging.page(em, Notice.class, (cb, root) -> filters(cb, root, text, NoticeStatus.PUBLISHED),
                (cb, root) -> List.of(cb.desc(root.get("publishedAt")), cb.desc(root.get("id"))), page);
    }

    @Override
    public Page<Notice> all(String text, NoticeStatus status, PageRequest page) {
        return Paging.page(em, Notice.class, (cb, root) -> filters(cb, root, text, status),
                (cb, root) -> List.of(cb.desc(root.get("updatedAt")), cb.desc(root.get("id"))), page);
    }

    @Override
    public List<Notice> latestPublished(int max) {
        return em.createQuery("SELECT n FROM Notice n WHERE n.status = :status "
                + "ORDER BY n.publishedAt DESC, n.id DESC", Notice.class)
                .setParameter("status", NoticeStatus.PUBLISHED)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public Optional<Notice> correctionOf(Notice notice) {
        return em.createQuery("SELECT n FROM Notice n WHERE n.corrects = :notice ORDER BY n.id DESC", Notice.class)
                .setParameter("notice", notice)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private static Predicate[] filters(CriteriaBuilder cb, Root<Notice> root, String text, NoticeStatus status) {
        List<Predicate> where = new ArrayList<>();
        if (status != null) {
            where.add(cb.equal(root.get("status"), status));
        }
        // The department issues (or leads) every notice: a search for it, or a part of its name, filters nothing.
        if (text != null && !text.isBlank() && !Agency.ECONOMY.name().contains(text.strip())) {
            String like = "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            Join<Notice, IssuedDocument> document = root.join("document", JoinType.LEFT);
            where.add(cb.or(
                    cb.like(cb.lower(root.get("title")), like, '\\'),
                    cb.like(cb.lower(document.get("number")), like, '\\'),
                    cb.like(cb.lower(root.get("coIssuers")), like, '\\')));
        }
        return where.toArray(Predicate[]::new);
    }
}
