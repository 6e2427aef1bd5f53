package cn.gov.zj.jxt.green.infrastructure.spreadsheet;

import cn.gov.zj.jxt.green.application.shared.FileKind;
import cn.gov.zj.jxt.green.application.shared.SheetRow;
import cn.gov.zj.jxt.green.application.shared.TableReader;
import cn.gov.zj.jxt.green.application.shared.UnreadableTableException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The {@link TableReader}: XLSX through {@link XlsxReader}, anything else as CSV through {@link CsvReader}. */
@ApplicationScoped
public class SpreadsheetTables implements TableReader {

    @Override
    public List<SheetRow> read(FileKind kind, byte[] content, int maxRows) throws UnreadableTableException {
        return kind == FileKind.XLSX ? XlsxReader.read(content, maxRows) : CsvReader.read(content, maxRows);
    }
}
