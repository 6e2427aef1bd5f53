package cn.gov.zj.jxt.green.interfaces.listing;

import cn.gov.zj.jxt.green.application.listing.RegistryService;
import cn.gov.zj.jxt.green.domain.model.listing.RegistryRow;
import cn.gov.zj.jxt.green.domain.model.listing.UnitQuery;
import cn.gov.zj.jxt.green.infrastructure.spreadsheet.CsvWriter;
import cn.gov.zj.jxt.green.infrastructure.spreadsheet.XlsxWriter;
import cn.gov.zj.jxt.green.interfaces.shared.Clauses;
import cn.gov.zj.jxt.green.interfaces.shared.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An export of a registry view as CSV or XLSX, written while it is read: the rows come from the service a chunk at
 * a time (each chunk its own short transaction) and go out at once, so an export of 100,000 rows never holds more
 * than one chunk. Rows come in the order they were listed (by id), whatever the table's order.
 */
public final class RegistryExport {

    public enum Format {
        CSV("text/csv;charset=UTF-8", ".csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }
    }

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final String[] COLUMNS = {"name", "creditCode", "type", "level", "year", "city", "industry",
        "basis", "listedOn", "status", "removedOn", "removalGround", "clause"};
    /** The year is a number in the workbook, so that it sorts and filters as one. */
    private static final boolean[] NUMERIC = {false, false, false, false, true};

    private final RegistryService registry;
    private final Locale locale;

    public RegistryExport(RegistryService registry, Locale locale) {
        this.registry = registry;
        this.locale = Messages.supported(locale);
    }

    /** The file name people save: 绿色制造名单单位-2026-11-21.csv. */
    public String fileName(Format format, Instant now) {
        return Messages.text(locale, "units.export.fileName") + "-" + DAY.format(now.atZone(SHANGHAI))
                + format.extension();
    }

    /** Writes every row of {@code query}; returns how many. */
    public long write(UnitQuery query, Format format, OutputStream out) throws IOException {
        List<String> header = new ArrayList<>();
        for (String column : COLUMNS) {
            header.add(Messages.text(locale, "units.column." + column));
        }
        long count = 0;
        if (format == Format.CSV) {
            CsvWriter csv = new CsvWriter(out);
            csv.row(header);
            for (List<RegistryRow> chunk = registry.exportChunk(query, 0); !chunk.isEmpty();
                    chunk = registry.exportChunk(query, chunk.get(chunk.size() - 1).id())) {
                for (RegistryRow row : chunk) {
                    csv.row(cells(row));
                    count++;
                }
                csv.flush();
            }
            csv.close();
        } else {
            XlsxWriter xlsx = new XlsxWriter(out, Messages.text(locale, "units.export.sheet"));
            xlsx.header(header);
            for (List<RegistryRow> chunk = registry.exportChunk(query, 0); !chunk.isEmpty();
                    chunk = registry.exportChunk(query, chunk.get(chunk.size() - 1).id())) {
                for (RegistryRow row : chunk) {
                    xlsx.row(cells(row), NUMERIC);
                    count++;
                }
                xlsx.flush();
            }
            xlsx.close();
        }
        return count;
    }

    List<String> cells(RegistryRow row) {
        boolean english = locale.getLanguage().equals("en");
        List<String> cells = new ArrayList<>(COLUMNS.length);
        cells.add(row.name());
        cells.add(row.creditCode());
        cells.add(Messages.text(locale, "enum.UnitType." + row.type()));
        cells.add(Messages.text(locale, "enum.ListLevel." + row.level()));
        cells.add(String.valueOf(row.year()));
        cells.add(english && row.cityNameEn() != null ? row.cityNameEn() : row.cityName());
        cells.add(row.industry());
        cells.add(row.basis());
        cells.add(day(row.listedAt()));
        cells.add(Messages.text(locale, "enum.UnitStatus." + (row.removed() ? "REMOVED" : "LISTED")));
        cells.add(day(row.removedAt()));
        cells.add(row.removalGround() == null ? null
                : Messages.text(locale, "enum.RemovalGround." + row.removalGround()));
        cells.add(row.removalGround() == null ? null : Clauses.cite(row.removalGround().clause(), locale));
        return cells;
    }

    private static String day(Instant instant) {
        return instant == null ? null : DAY.format(instant.atZone(SHANGHAI));
    }
}
