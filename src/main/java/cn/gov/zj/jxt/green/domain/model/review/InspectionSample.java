package cn.gov.zj.jxt.green.domain.model.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The on-site inspection sample of a batch (004 §(十五): 采用抽查形式，核查名单综合考虑初审与评审情况确定): every
 * application flagged in the earlier stages is inspected whatever the draw, and the rest of the sample is drawn at
 * random from the unflagged ones, with {@link RandomDraw} as for panels.
 */
public final class InspectionSample {

    private InspectionSample() {
    }

    /** An application that passed 初审 and was scored, and whether an earlier stage flagged it. */
    public record Candidate(long id, boolean flagged) {
    }

    /** The sample's size: {@code count} when given, otherwise {@code sharePercent} of the candidates, rounded up. */
    public static int target(int candidates, Integer count, Integer sharePercent) {
        if (count != null) {
            return Math.min(Math.max(count, 0), candidates);
        }
        int share = sharePercent == null ? 0 : sharePercent;
        return BigDecimal.valueOf((long) candidates * share).divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING)
                .intValue();
    }

    /** The flagged ones in canonical order, then those drawn; at least the flagged ones even beyond the target. */
    public static List<Long> run(long seed, List<Candidate> candidates, Integer count, Integer sharePercent) {
        List<Long> forced = new ArrayList<>();
        List<Long> open = new ArrayList<>();
        long previous = Long.MIN_VALUE;
        for (Candidate candidate : candidates) {
            if (candidate.id() <= previous) {
                throw new IllegalArgumentException("candidates not in ascending id order at " + candidate.id());
            }
            previous = candidate.id();
            (candidate.flagged() ? forced : open).add(candidate.id());
        }
        int drawn = Math.max(0, target(candidates.size(), count, sharePercent) - forced.size());
        List<Long> sample = new ArrayList<>(forced);
        sample.addAll(RandomDraw.choose(seed, open, drawn));
        return List.copyOf(sample);
    }
}
