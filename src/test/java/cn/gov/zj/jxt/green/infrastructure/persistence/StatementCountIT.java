package cn.gov.zj.jxt.green.infrastructure.persistence;

import static cn.gov.zj.jxt.green.testing.NominationFixture.PROVINCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.application.listing.RegistryService;
import cn.gov.zj.jxt.green.application.review.ReviewService;
import cn.gov.zj.jxt.green.domain.model.listing.UnitQuery;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;
import cn.gov.zj.jxt.green.testing.Deployments;
import cn.gov.zj.jxt.green.testing.NominationFixture;
import cn.gov.zj.jxt.green.testing.RegistrySupport;
import cn.gov.zj.jxt.green.testing.ReviewFixture;
import cn.gov.zj.jxt.green.testing.StatementCounter.Counted;
import cn.gov.zj.jxt.green.testing.StatementCounter;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The lists the portal shows read in a number of SQL statements that does not grow with their rows: the provincial
 * review's subjects, and a page of the public registry with its count and a unit's entries. Each is read for a
 * small and a larger set of the same shape; both must take the same statements, and no more than a fixed bound.
 */
@ExtendWith(ArquillianExtension.class)
class StatementCountIT {

    private static final Logger LOG = Logger.getLogger(StatementCountIT.class.getName());

    /** Statements for the review's subjects of one city's submission, whatever the number of subjects. */
    private static final int SUBJECTS_BOUND = 10;

    /** Statements for one page of the registry with the count of all it matches. */
    private static final int REGISTRY_PAGE_BOUND = 2;

    /** Statements for a listed unit's page: its entries, their histories and documents. */
    private static final int UNIT_BOUND = 6;

    @Deployment
    static WebArchive portal() {
        return Deployments.portal();
    }

    @Inject
    StatementCounter counter;

    @Inject
    NominationFixture nomination;

    @Inject
    ReviewFixture reviewFixture;

    @Inject
    ReviewService review;

    @Inject
    RegistryService registry;

    @Inject
    RegistrySupport registrySupport;

    @Test
    void theReviewSubjectsTakeAFixedNumberOfStatements() {
        Batch small = reviewFixture.proposedBatch(ReviewFixture.unique("语句计数小批次"), names("语句计数小厂", 2));
        Batch large = reviewFixture.proposedBatch(ReviewFixture.unique("语句计数大批次"), names("语句计数大厂", 5));
        // Reference data (regions) is in the shared cache after a first read, as in a running portal.
        subjects(small.getId());
        subjects(large.getId());

        Counted<List<ReviewService.Standing>> fewer = subjects(small.getId());
        Counted<List<ReviewService.Standing>> more = subjects(large.getId());

        assertEquals(2, fewer.result().size());
        assertEquals(5, more.result().size());
        LOG.info(() -> "review subjects: " + fewer.count() + " statements for 2, " + more.count() + " for 5");
        assertEquals(fewer.count(), more.count(), () -> "more subjects, more statements: " + more.statements());
        assertTrue(more.count() <= SUBJECTS_BOUND, () -> more.count() + " statements: " + more.statements());
    }

    @Test
    void aRegistryPageAndAUnitTakeAFixedNumberOfStatements() {
        String prefix = "SC" + UUID.randomUUID().toString().substring(0, 6);
        String codes = nomination.as(PROVINCE, () -> registrySupport.seed(prefix));
        UnitQuery query = UnitQuery.byName(prefix);
        registry.search(query, new PageRequest(0, 5));

        var small = counter.count(() -> registry.search(query, new PageRequest(0, 5)));
        var large = counter.count(() -> registry.search(query, new PageRequest(0, 30)));

        assertEquals(5, small.result().items().size());
        assertEquals(30, large.result().items().size());
        LOG.info(() -> "registry page: " + small.count() + " statements for 5 rows, " + large.count() + " for 30");
        assertEquals(small.count(), large.count(), () -> "a longer page, more statements: " + large.statements());
        assertTrue(large.count() <= REGISTRY_PAGE_BOUND, () -> large.count() + " statements: " + large.statements());

        // A: two entries, one with a listing document and a history of three events.
        String a = Json.createReader(new StringReader(codes)).readObject().getString("A");
        var unit = counter.count(() -> registry.unit(a));
        assertEquals(2, unit.result().entries().size());
        LOG.info(() -> "registry unit: " + unit.count() + " statements for two entries");
        assertTrue(unit.count() <= UNIT_BOUND, () -> unit.count() + " statements: " + unit.statements());
    }

    private Counted<List<ReviewService.Standing>> subjects(long batchId) {
        return counter.count(() -> nomination.as(PROVINCE, () -> review.subjects(batchId)));
    }

    private static List<String> names(String stem, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> ReviewFixture.unique(stem + i)).toList();
    }
}
