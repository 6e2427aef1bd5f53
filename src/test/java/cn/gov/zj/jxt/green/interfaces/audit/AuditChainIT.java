package cn.gov.zj.jxt.green.interfaces.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.domain.model.audit.ChainVerification;
import cn.gov.zj.jxt.green.testing.Deployments;

/**
 * Tampering with the audit table directly, as someone with database access might: an edited row and a
 * deleted row are both detected; the row is put back afterwards so that the chain is whole again.
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {

    @Deployment
    static WebArchive portal() {
        return Deployments.portal();
    }

    @Inject
    AuditService audit;

    @Inject
    CurrentActor currentActor;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource dataSource;

    @Test
    void anEditedRowIsDetectedAtItsIndex() throws SQLException {
        assertTrue(verify().intact(), "the demo data's audit chain starts intact");
        long index = 3;
        String original = (String) row(index).get("ACTOR");
        update("UPDATE audit_entry SET actor = ? WHERE chain_index = ?", "mallory", index);
        try {
            ChainVerification result = verify();
            assertFalse(result.intact());
            assertEquals(index, result.brokenAt());
            assertEquals(ChainVerification.Problem.CONTENT_ALTERED, result.problem());
        } finally {
            update("UPDATE audit_entry SET actor = ? WHERE chain_index = ?", original, index);
        }
        assertTrue(verify().intact());
    }

    @Test
    void aDeletedRowIsDetected() throws SQLException {
        long index = 4;
        Map<String, Object> saved = row(index);
        update("DELETE FROM audit_entry WHERE chain_index = ?", index);
        try {
            ChainVerification result = verify();
            assertFalse(result.intact());
            assertEquals(index, result.brokenAt());
            assertEquals(ChainVerification.Problem.ENTRY_MISSING, result.problem());
        } finally {
            reinsert(saved);
        }
        assertTrue(verify().intact());
    }

    private ChainVerification verify() {
        return currentActor.runAsSystem(audit::verify);
    }

    private Map<String, Object> row(long index) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT * FROM audit_entry WHERE chain_index = ?")) {
            s.setLong(1, index);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "entry " + index + " exists");
                ResultSetMetaData meta = rs.getMetaData();
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnName(i).toUpperCase(), rs.getObject(i));
                }
                return row;
            }
        }
    }

    private void reinsert(Map<String, Object> row) throws SQLException {
        String columns = String.join(", ", row.keySet());
        String marks = String.join(", ", row.keySet().stream().map(k -> "?").toList());
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("INSERT INTO audit_entry (" + columns + ") VALUES (" + marks + ")")) {
            int i = 1;
            for (Object value : row.values()) {
                s.setObject(i++, value);
            }
            s.executeUpdate();
        }
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }
}
