package cn.gov.zj.jxt.green.domain.model.exclusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExclusionGroundTest {

    @Test
    void theSixItemsOfArticle17InOrderEachCitingItsClause() {
        assertEquals(6, ExclusionGround.values().length);
        for (ExclusionGround ground : ExclusionGround.values()) {
            assertEquals(ground.ordinal() + 1, ground.item());
            assertEquals("004 §(十七) " + ground.item(), ground.clause());
        }
    }

    @Test
    void aClerkMayWriteTheNumberTheShortNameOrTheConstant() {
        assertEquals(Optional.of(ExclusionGround.REMOVED_FROM_LIST), ExclusionGround.parse("3"));
        assertEquals(Optional.of(ExclusionGround.REMOVED_FROM_LIST), ExclusionGround.parse(" 3.0 "));
        assertEquals(Optional.of(ExclusionGround.DISHONEST_DEBTOR), ExclusionGround.parse("失信被执行人"));
        assertEquals(Optional.of(ExclusionGround.NOT_OPERATING), ExclusionGround.parse("not_operating"));
        assertTrue(ExclusionGround.parse("7").isEmpty());
        assertTrue(ExclusionGround.parse("").isEmpty());
        assertEquals(6, Arrays.stream(ExclusionGround.values()).map(ExclusionGround::shortName).distinct().count());
    }
}
