package cn.gov.zj.jxt.green.application.nomination;

import cn.gov.zj.jxt.green.application.shared.BusinessRuleException;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;

/** The submission deadline as every action of a batch checks it: from 24:00 of that day on, nothing moves. */
final class BatchRules {

    private BatchRules() {
    }

    static void requireOpen(Batch batch, PortalClock clock) {
        if (!batch.isOpenAt(clock.now())) {
            throw new BusinessRuleException("batch.closed", DocumentContent.chineseDate(batch.getSubmissionDeadline()));
        }
    }
}
