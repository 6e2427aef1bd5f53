package cn.gov.zj.jxt.green.domain.model.park;

import cn.gov.zj.jxt.green.domain.model.region.Region;
import java.util.List;
import java.util.Map;

/**
 * One year's targets against what the registry shows for that year: per city, the parks it was to build and the
 * provincial green low-carbon parks of that city listed for that year and still on the list; and the totals.
 * Counted, never typed (seed 000 附件).
 */
public record ParkProgress(int year, String basis, List<CityProgress> cities) {

    /** One city's line. */
    public record CityProgress(Region city, int target, long achieved) {

        /** How many more parks the city still has to build for the year; 0 once met. */
        public long remaining() {
            return Math.max(0, target - achieved);
        }

        public boolean met() {
            return achieved >= target;
        }
    }

    public ParkProgress {
        cities = List.copyOf(cities);
    }

    /**
     * @param cities every city, in the order the report shows them
     * @param achieved city code → provincial parks listed for the year and still listed; a city not named has none
     */
    public static ParkProgress of(ParkTargets targets, List<Region> cities, Map<String, Long> achieved) {
        return new ParkProgress(targets.getYear(), targets.getBasis(), cities.stream()
                .map(city -> new CityProgress(city, targets.targetOf(city.getCode()),
                        achieved.getOrDefault(city.getCode(), 0L)))
                .toList());
    }

    public int totalTarget() {
        return cities.stream().mapToInt(CityProgress::target).sum();
    }

    public long totalAchieved() {
        return cities.stream().mapToLong(CityProgress::achieved).sum();
    }

    /** What the cities still have to build for the year: a city beyond its target makes up for no other. */
    public long totalRemaining() {
        return cities.stream().mapToLong(CityProgress::remaining).sum();
    }

    /** The cities that have met their target, of those with one. */
    public long citiesMet() {
        return cities.stream().filter(c -> c.target() > 0 && c.met()).count();
    }

    /** The largest figure of any line, target or achieved: the scale of a chart. */
    public long largest() {
        return cities.stream().mapToLong(c -> Math.max(c.target(), c.achieved())).max().orElse(0);
    }
}
