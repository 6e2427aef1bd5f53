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
        return Deployments.portal();
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

    @Test
    void anythingElseUnexpectedAnswers500WithAnIncidentNumberInTheCallersLanguageAndNothingOfTheCause() {
        Response response = new UnexpectedFailureMapper().toResponse(new NullPointerException(
                "Cannot invoke \"cn.gov.zj.jxt.green.interfaces.notice.rest.WorkspaceNoticeResource$DraftRequest.form()\""));
        assertEquals(500, response.getStatus());
        PortalExceptionMapper.ErrorBody body = (PortalExceptionMapper.ErrorBody) response.getEntity();
        assertEquals("error.internal", body.error());
        assertTrue(body.message().matches(".*事件编号 [0-9a-f]{8}.*"), body.message());
        assertFalse(body.toString().contains("cn.gov") || body.toString().contains("NullPointer"), body.toString());
    }

    @Test
    void aServiceParameterThatBreaksItsConstraintAnswers400NotAnIncident() {
        jakarta.validation.Validator validator = jakarta.validation.Validation.buildDefaultValidatorFactory()
                .getValidator();
        record Named(@jakarta.validation.constraints.NotNull(message = "{request.bodyRequired}") String name) {
        }
        var violations = validator.validate(new Named(null));
        Response response = new ServiceFailureMapper().toResponse(new EJBException(
                new jakarta.validation.ConstraintViolationException(violations)));
        assertEquals(400, response.getStatus());
        PortalExceptionMapper.ErrorBody body = (PortalExceptionMapper.ErrorBody) response.getEntity();
        assertEquals("name", body.fields().get(0).field());
        assertEquals("请求内容不能为空", body.fields().get(0).message());
    }
}
