package cn.gov.zj.jxt.green.application.listing;

import cn.gov.zj.jxt.green.application.document.DocumentService.RenditionType;
import cn.gov.zj.jxt.green.application.document.DocumentService;
import cn.gov.zj.jxt.green.application.shared.FileDownload;
import cn.gov.zj.jxt.green.application.shared.RecordNotFoundException;
import cn.gov.zj.jxt.green.domain.model.document.IssuedDocument;
import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import cn.gov.zj.jxt.green.domain.model.listing.ListingRepository;
import cn.gov.zj.jxt.green.domain.model.listing.RegistryRow;
import cn.gov.zj.jxt.green.domain.model.listing.UnitEvent;
import cn.gov.zj.jxt.green.domain.model.listing.UnitQuery;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Public reads of the lists. Nothing here changes state, so nothing is audited and no role is checked; views are
 * built inside the transaction, where the lazy history and documents can still be read.
 */
@Stateless
public class DefaultRegistryService implements RegistryService {

    private static final String SUBJECT = "ListedUnit";

    @Inject
    ListingRepository listings;

    @Inject
    DocumentService documents;

    @Override
    public Page<RegistryRow> search(UnitQuery query, PageRequest page) {
        return listings.search(query, page);
    }

    @Override
    public long count(UnitQuery query) {
        return listings.count(query);
    }

    @Override
    public List<RegistryRow> rows(UnitQuery query, PageRequest page) {
        return listings.rows(query, page);
    }

    @Override
    public List<RegistryRow> exportChunk(UnitQuery query, long afterId) {
        return listings.chunk(query, afterId, EXPORT_CHUNK);
    }

    @Override
    public UnitRecord unit(String creditCode) {
        List<ListedUnit> units = entries(creditCode);
        // The name it is listed under now: its latest entry's, which a confirmed rename changed.
        ListedUnit latest = units.stream().max(Comparator.comparing(ListedUnit::getListedAt)).orElseThrow();
        return new UnitRecord(latest.getOrganisation().getCreditCode(), latest.getName(),
                units.stream().map(DefaultRegistryService::entry).toList());
    }

    @Override
    public List<Change> latestChanges(int limit) {
        return listings.changesSince(Instant.EPOCH, Math.max(1, Math.min(limit, FEED_ENTRIES))).stream()
                .map(e -> new Change(e.getId(), e.getKind(), e.getOccurredAt(), e.getDetail(), e.getUnit().getName(),
                        e.getUnit().getOrganisation().getCreditCode(), e.getUnit().getLevel(),
                        e.getUnit().getUnitType(), e.getUnit().getCity().getName(), ref(e.getDocument())))
                .toList();
    }

    @Override
    public FileDownload document(String creditCode, long documentId) {
        IssuedDocument document = entries(creditCode).stream()
                .flatMap(u -> Stream.concat(Stream.of(u.getListingDocument(), u.getRemovalDocument()),
                        u.getHistory().stream().map(UnitEvent::getDocument)))
                .filter(Objects::nonNull)
                .filter(d -> d.getId() == documentId)
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("IssuedDocument", documentId));
        return documents.file(document, RenditionType.PDF);
    }

    private List<ListedUnit> entries(String creditCode) {
        String code = creditCode == null ? "" : creditCode.strip().toUpperCase(java.util.Locale.ROOT);
        List<ListedUnit> units = listings.ofOrganisation(code);
        if (units.isEmpty()) {
            throw new RecordNotFoundException(SUBJECT, code);
        }
        return units;
    }

    private static Entry entry(ListedUnit u) {
        return new Entry(u.getId(), u.getLevel(), u.getUnitType(), u.getYear(), u.getCity().getCode(),
                u.getCity().getName(), u.getCity().getNameEn(), u.getName(), u.getIndustry(), u.getBasis(),
                u.getListedAt(), ref(u.getListingDocument()), u.getRemovedAt(), u.getRemovalGround(),
                ref(u.getRemovalDocument()), u.getHistory().stream()
                        .map(e -> new HistoryLine(e.getKind(), e.getOccurredAt(), e.getDetail(), ref(e.getDocument())))
                        .toList());
    }

    private static DocumentRef ref(IssuedDocument document) {
        return document == null ? null : new DocumentRef(document.getId(), document.getNumber(), document.getTitle());
    }
}
