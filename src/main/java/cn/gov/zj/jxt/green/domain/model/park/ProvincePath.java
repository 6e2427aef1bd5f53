package cn.gov.zj.jxt.green.domain.model.park;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The province's path to its goal (seed 000 §一: 50 provincial green low-carbon parks by 2025): for each year from
 * the first targets to the goal year, the parks the cities were to build that year, those listed for it, and how
 * many provincial green low-carbon parks are on the list up to it (every earlier year included), against the goal.
 */
public record ProvincePath(int goal, int goalYear, List<Step> steps) {

    /**
     * One year. {@code target} is the sum of the cities' targets, {@code null} when the province set none for the
     * year; {@code cumulative} counts the parks listed for this year or any before it.
     */
    public record Step(int year, Integer target, long achieved, long cumulative) {
    }

    public ProvincePath {
        steps = List.copyOf(steps);
    }

    /**
     * @param targets year → the sum of the cities' targets, for the years that have targets
     * @param achieved list year → provincial parks listed for that year and still listed
     * @param lastYear the last year to show: the goal year, or a later year that has targets
     */
    public static ProvincePath of(Map<Integer, Integer> targets, Map<Integer, Long> achieved, int lastYear) {
        int last = Math.max(lastYear, ParkTargets.GOAL_YEAR);
        long before = achieved.entrySet().stream().filter(e -> e.getKey() < ParkTargets.FIRST_YEAR)
                .mapToLong(Map.Entry::getValue).sum();
        List<Step> steps = new ArrayList<>();
        long cumulative = before;
        for (int year = ParkTargets.FIRST_YEAR; year <= last; year++) {
            long inYear = achieved.getOrDefault(year, 0L);
            cumulative += inYear;
            steps.add(new Step(year, targets.get(year), inYear, cumulative));
        }
        return new ProvincePath(ParkTargets.PROVINCIAL_GOAL, ParkTargets.GOAL_YEAR, steps);
    }

    /** How many provincial parks are listed up to the goal year. */
    public long reachedByGoalYear() {
        return steps.stream().filter(s -> s.year() <= goalYear).mapToLong(Step::cumulative).max().orElse(0);
    }

    /** How many are still wanting for the goal; 0 once it is reached. */
    public long remaining() {
        return Math.max(0, goal - reachedByGoalYear());
    }

    /** The largest figure the path shows (the goal, or more if exceeded): the scale of a chart. */
    public long largest() {
        return Math.max(goal, steps.stream().mapToLong(Step::cumulative).max().orElse(0));
    }
}
