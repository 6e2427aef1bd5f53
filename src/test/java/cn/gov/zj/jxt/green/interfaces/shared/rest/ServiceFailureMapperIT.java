package cn.gov.zj.jxt.green.interfaces.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import cn.gov.zj.jxt.green.testing.Deployments;

/** Runs in the server, where the JAX-RS runtime builds responses. */
@ExtendWith(ArquillianExtension.class)
class ServiceFailureMapperIT {

    @Deployment
    static WebArchive portal() {
        return Deployments.portal().addClass(ServiceFailureMapperIT.class);
    }

    @Test
    void answers500WithAnIncidentNumberAndNothingOfTheCause() {
        Response response = new ServiceFailureMapper().toResponse(new EJBException(
                new IllegalStateException("ARJUNA016053: Could not commit transaction on jdbc:postgresql://db/secret")));
        assertEquals(500, response.getStatus());
        PortalExceptionMapper.ErrorBody body = (PortalExceptionMapper.ErrorBody) response.getEntity();
        assertEquals("error.internal", body.error());
        assertTrue(body.message().matches(".*事件编号 [0-9a-f]{8}.*"), body.message());
        assertFalse(body.toString().contains("ARJUNA") || body.toString().contains("jdbc"), body.toString());
    }

    @Test
    void answers409WhenSomeoneElseChangedTheSameRecordAtThatMoment() {
        Response response = new ServiceFailureMapper().toResponse(new EJBTransactionRolledbackException("rolled back",
                new PersistenceException(new OptimisticLockException("Notice changed"))));
        assertEquals(409, response.getStatus());
        assertEquals("common.changedMeanwhile", ((PortalExceptionMapper.ErrorBody) response.getEntity()).error());
    }
}
