package cn.gov.zj.jxt.green.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** What the database holds, read with plain SQL past the entities: e.g. that a column keeps only a cipher. */
public final class StoredRows {

    private StoredRows() {
    }

    /**
     * The first row of {@code sql}, every column as text. A text parameter fills every {@code ?}; a number the
     * first one.
     */
    public static String[] first(DataSource dataSource, String sql, Object parameter) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (parameter instanceof String text) {
                for (int i = 1; i <= sql.chars().filter(ch -> ch == '?').count(); i++) {
                    s.setString(i, text);
                }
            } else {
                s.setLong(1, (Long) parameter);
            }
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    values.add(r.getString(i));
                }
                return values.toArray(String[]::new);
            }
        }
    }
}
