package cn.gov.zj.jxt.green.interfaces.publicity.rest;

import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import cn.gov.zj.jxt.green.domain.model.publicity.Objection;
import cn.gov.zj.jxt.green.domain.model.publicity.Publicity;
import cn.gov.zj.jxt.green.domain.model.publicity.PublicityEntry;
import cn.gov.zj.jxt.green.interfaces.shared.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of the publicity. Built inside the request from managed entities, public fields only. */
public final class PublicityViews {

    private PublicityViews() {
    }

    /** {@code unitTypeLabel} and the other labels: the code beside them as the publicity notice words it. */
    public record EntryView(long id, int position, String name, String unitType, String unitTypeLabel, String city,
            String institution, boolean listed, String withdrawnReason) {

        static EntryView of(PublicityEntry e) {
            return new EntryView(e.getId(), e.getPosition(), e.getUnitName(), e.getUnitType().name(),
                    label("enum.UnitType.", e.getUnitType()), e.getCityName(), e.getInstitutionName(), e.isListed(),
                    e.getWithdrawnReason());
        }
    }

    /** A period as the public sees it: the list, the dates, the state, the reason of any change, the contact. */
    public record PublicityView(long id, long batchId, String title, String status, String statusLabel,
            LocalDate startDate,
            LocalDate lastDay, Instant startsAt, Instant endsAt, String publicNote, String contact,
            List<EntryView> entries, String noticePdf, String publicationNumber, String publicationPdf,
            LocalDate effectiveDate) {

        static PublicityView of(Publicity p, String base) {
            return new PublicityView(p.getId(), p.getBatch().getId(), p.getTitle(), p.getStatus().name(),
                    label("enum.PublicityStatus.", p.getStatus()), p.getStartDate(), p.getLastDay(), p.startsAt(), p.getEndsAt(), p.getPublicNote(), p.getContact(),
                    p.getEntries().stream().map(EntryView::of).toList(), base + p.getId() + "/notice.pdf",
                    p.getPublication() == null ? null : p.getPublication().getNumber(),
                    p.getPublication() == null ? null : base + p.getId() + "/publication.pdf", p.getEffectiveDate());
        }
    }

    public record PublicitySummary(long id, String title, String status, String statusLabel, LocalDate startDate,
            LocalDate lastDay, Instant endsAt, int entries) {

        static PublicitySummary of(Publicity p) {
            return new PublicitySummary(p.getId(), p.getTitle(), p.getStatus().name(),
                    label("enum.PublicityStatus.", p.getStatus()), p.getStartDate(),
                    p.getLastDay(), p.getEndsAt(), p.listed().size());
        }
    }

    /** What the objector sees by receipt code: the course of the objection, none of the personal data. */
    public record ReceiptView(String code, long publicityId, String entry, String status, String statusLabel,
            Instant submittedAt, String reasons, Instant decidedAt) {

        static ReceiptView of(String code, Objection o) {
            return new ReceiptView(code, o.getPublicity().getId(), o.getEntry().getUnitName(), o.getStatus().name(),
                    label("enum.ObjectionStatus.", o.getStatus()), o.getSubmittedAt(), o.getReasons(), o.getDecidedAt());
        }
    }

    /** The publicity is the department's Chinese notice: its labels are Chinese, whatever the reader asks. */
    private static String label(String prefix, Enum<?> constant) {
        return Messages.text(Messages.DEFAULT_LOCALE, prefix + constant.name());
    }

    public record EvidenceView(int position, String fileName, String mediaType, long size) {
    }

    /** The clerk's view: personal data, the identity number masked. */
    public record ObjectionView(long id, long publicityId, long entryId, String entry, String name, String idNumber,
            String phone, String email, String facts, List<EvidenceView> evidence, String status,
            Instant submittedAt, String verification, String reasons, String decidedBy, Instant decidedAt) {

        static ObjectionView of(Objection o) {
            List<EvidenceView> files = new java.util.ArrayList<>();
            for (int i = 0; i < o.getEvidence().size(); i++) {
                var e = o.getEvidence().get(i);
                files.add(new EvidenceView(i + 1, e.getFileName(), e.getMediaType(), e.getSize()));
            }
            return new ObjectionView(o.getId(), o.getPublicity().getId(), o.getEntry().getId(),
                    o.getEntry().getUnitName(), o.getObjectorName(), o.getIdNumberMasked(), o.getPhone(),
                    o.getEmail(), o.getFacts(), files, o.getStatus().name(), o.getSubmittedAt(), o.getVerification(),
                    o.getReasons(), o.getDecidedBy(), o.getDecidedAt());
        }
    }

    public record ListedView(long id, String name, String creditCode, String unitType, String city, int year,
            String basis, Instant listedAt) {

        static ListedView of(ListedUnit u) {
            return new ListedView(u.getId(), u.getOrganisation().getName(), u.getOrganisation().getCreditCode(),
                    u.getUnitType().name(), u.getCity().getName(), u.getYear(), u.getBasis(), u.getListedAt());
        }
    }

    public record ListedPage(List<ListedView> units, long total, int first, int size) {
    }
}
