package cn.gov.zj.jxt.green.application.shared;

import java.util.List;

/** Reads the rows of an uploaded table that passed the upload checks (CSV or XLSX). */
public interface TableReader {

    /**
     * At most {@code maxRows} rows of the first sheet, in order.
     *
     * @throws UnreadableTableException if the file holds no table that can be read
     */
    List<SheetRow> read(FileKind kind, byte[] content, int maxRows) throws UnreadableTableException;
}
