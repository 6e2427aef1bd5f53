package cn.gov.zj.jxt.green.application.listing;

import cn.gov.zj.jxt.green.application.shared.FileDownload;
import cn.gov.zj.jxt.green.application.shared.RecordNotFoundException;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.RegistryRow;
import cn.gov.zj.jxt.green.domain.model.listing.RemovalGround;
import cn.gov.zj.jxt.green.domain.model.listing.UnitEventKind;
import cn.gov.zj.jxt.green.domain.model.listing.UnitQuery;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;

/**
 * The public registry of listed units (名单查询, 004 §四): every unit at its level with its history, searchable and
 * exportable by anyone without an account; the open data API and the Atom feed of list changes read it too. It only
 * reads: listing, renaming, re-reviews and removals are written by the flows that decide them.
 */
public interface RegistryService {

    /** The size of one export chunk: memory stays bounded by it however many rows an export has. */
    int EXPORT_CHUNK = 1_000;

    /** The most entries the feed of list changes carries. */
    int FEED_ENTRIES = 100;

    /** A document that made a change public, as linked from the unit's page. */
    record DocumentRef(long id, String number, String title) {
    }

    /** One line of an entry's history. */
    record HistoryLine(UnitEventKind kind, Instant occurredAt, String detail, DocumentRef document) {
    }

    /** The organisation's entry on one level's list, with its history oldest first. */
    record Entry(long id, ListLevel level, UnitType type, int year, String cityCode, String cityName,
            String cityNameEn, String name, String industry, String basis, Instant listedAt, DocumentRef listing,
            Instant removedAt, RemovalGround removalGround, DocumentRef removal, List<HistoryLine> history) {

        public boolean removed() {
            return removedAt != null;
        }
    }

    /** A listed organisation: its credit code, the name it is listed under now, and every entry it has had. */
    record UnitRecord(String creditCode, String name, List<Entry> entries) {
    }

    /** A change to a list, for the feed: what happened to which unit. */
    record Change(long id, UnitEventKind kind, Instant occurredAt, String detail, String unitName, String creditCode,
            ListLevel level, UnitType type, String cityName, DocumentRef document) {
    }

    /**
     * One page and the count of everything the query matches. The query is general: a form that lets someone pick a
     * listed unit searches {@link UnitQuery#byName} here.
     */
    Page<RegistryRow> search(@NotNull UnitQuery query, @NotNull PageRequest page);

    long count(@NotNull UnitQuery query);

    /** One page without the count, for a table that asks for the count on its own. */
    List<RegistryRow> rows(@NotNull UnitQuery query, @NotNull PageRequest page);

    /** The next {@link #EXPORT_CHUNK} matching rows after {@code afterId}, by id; empty when the export is done. */
    List<RegistryRow> exportChunk(@NotNull UnitQuery query, long afterId);

    /** The organisation's entries and their histories; {@link RecordNotFoundException} if it was never listed. */
    UnitRecord unit(String creditCode);

    /** The newest changes to any list, newest first. */
    List<Change> latestChanges(int limit);

    /**
     * A document that one of the unit's entries names (its listing or a change, a removal announcement included), as
     * a PDF; any other document is not found here, so the registry publishes nothing that was not published.
     */
    FileDownload document(String creditCode, long documentId);
}
