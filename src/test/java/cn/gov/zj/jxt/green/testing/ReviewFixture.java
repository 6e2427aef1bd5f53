package cn.gov.zj.jxt.green.testing;

import static cn.gov.zj.jxt.green.testing.NominationFixture.PROVINCE;

import cn.gov.zj.jxt.green.application.account.AccountService;
import cn.gov.zj.jxt.green.application.nomination.NominationService;
import cn.gov.zj.jxt.green.application.review.ExpertForm;
import cn.gov.zj.jxt.green.application.review.ReviewService;
import cn.gov.zj.jxt.green.application.review.ScoreForm;
import cn.gov.zj.jxt.green.application.review.ScoringService;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.domain.model.account.Account;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.nomination.Application;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.review.Assignment;
import cn.gov.zj.jxt.green.domain.model.review.CheckFinding;
import cn.gov.zj.jxt.green.domain.model.review.CheckItem;
import cn.gov.zj.jxt.green.domain.model.review.Criterion;
import cn.gov.zj.jxt.green.domain.model.review.Expert;
import cn.gov.zj.jxt.green.domain.model.review.PreliminaryOutcome;
import cn.gov.zj.jxt.green.domain.shared.OfficialDay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A batch taken through the nomination and the provincial review onto its proposed list 拟入选名单, through the
 * services with their checks, so that publicity tests start where the review ends: 湖州 factories, each passed
 * 初审, scored by a panel of one and proposed. Review tests use its experts as they sign in.
 */
@ApplicationScoped
public class ReviewFixture {

    public static final String HUZHOU = "330500";

    @Inject
    NominationFixture nomination;

    @Inject
    NominationService nominations;

    @Inject
    ReviewService review;

    @Inject
    ScoringService scoring;

    @Inject
    AccountService accounts;

    @Inject
    CurrentActor currentActor;

    public static String unique(String title) {
        return title + "（" + UUID.randomUUID().toString().substring(0, 8) + "）";
    }

    /** A batch whose proposed list holds {@code names}, in that order. */
    public Batch proposedBatch(String title, List<String> names) {
        Region huzhou = nomination.city(HUZHOU);
        Batch batch = nomination.openBatch(title, LocalDate.of(LocalDate.now(OfficialDay.ZONE).getYear() + 1, 6, 30),
                Map.of(HUZHOU, names.size()));
        List<Application> applications = new ArrayList<>();
        for (String name : names) {
            applications.add(nomination.approvedFactory(batch, nomination.countyOf(huzhou), name));
        }
        nomination.as(nomination.cityClerk(huzhou), () -> {
            for (Application a : applications) {
                nominations.nominate(a.getId());
            }
            nominations.issueLetter(batch.getId(), "湖经信函〔2026〕" + (applications.get(0).getId() % 1000) + "号");
            return nominations.submit(batch.getId());
        });
        for (Application a : applications) {
            as(() -> review.openPreliminary(a.getId()));
            for (CheckItem item : as(() -> review.preliminary(a.getId())).getItems()) {
                as(() -> review.check(a.getId(), item.getCode(), CheckFinding.OK, null));
            }
            as(() -> review.decide(a.getId(), PreliminaryOutcome.PASS, null));
            as(() -> review.drawPanel(a.getId(), 1, false));
            for (Assignment seat : as(() -> review.panel(a.getId()))) {
                if (seat.active()) {
                    nomination.as(expertActor(seat.getExpert()), () -> scoring.score(seat.getId(), new ScoreForm(
                            Arrays.stream(Criterion.values()).map(c -> new ScoreForm.Item(c, 88, "良好")).toList(),
                            "同意", false, null)));
                }
            }
            as(() -> review.propose(a.getId(), true, null));
        }
        return batch;
    }

    /** The expert as the services see him signed in; one without an account gets one linked, as a clerk would. */
    public Actor expertActor(Expert expert) {
        Expert current = as(() -> review.expert(expert.getId()));
        if (current.getAccount() == null) {
            Expert unlinked = current;
            String username = "it-expert-" + UUID.randomUUID().toString().substring(0, 8);
            Account account = new Account();
            account.setUsername(username);
            account.setDisplayName(current.getName());
            account.setRole(Role.EXPERT);
            currentActor.runAsSystem(() -> accounts.create(account, "Expert2025test!"));
            current = as(() -> review.changeExpert(unlinked.getId(), unlinked.getVersion(), new ExpertForm(
                    unlinked.getName(), unlinked.getSpecialty(), unlinked.getEmployerName(), unlinked.getEmployerCode(),
                    unlinked.getCity().getCode(), username, unlinked.getTies().stream().map(t -> new ExpertForm.Tie(
                            t.getKind(), t.getInstitutionId(), t.getCreditCode(), t.getNature())).toList(),
                    unlinked.isActive())));
        }
        Account account = current.getAccount();
        return new Actor(account.getUsername(), Role.EXPERT, null, null, account.getId(), null);
    }

    private <T> T as(java.util.function.Supplier<T> work) {
        return nomination.as(PROVINCE, work);
    }
}
