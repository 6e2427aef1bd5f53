package cn.gov.zj.jxt.green.domain.model.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drawing an expert panel for one application (004 §(十五): 专家组成员由专家库随机选取): first every candidate with a
 * conflict is set aside with its reason, then {@link RandomDraw} chooses from the rest. Both steps are pure
 * functions of the inputs a {@link DrawRecord} keeps, which is what makes a recorded draw replayable.
 */
public final class PanelDraw {

    private PanelDraw() {
    }

    /** Whom the panel judges: the applicant, its third-party institution (if any), its city. */
    public record Subject(String applicantCode, Long institutionId, String institutionCode, String cityCode) {
    }

    /** An expert as the pool stood at the draw. */
    public record Candidate(long id, String employerCode, String cityCode, Set<String> tiedCodes,
            Set<Long> tiedInstitutions) {

        public Candidate {
            tiedCodes = Set.copyOf(tiedCodes);
            tiedInstitutions = Set.copyOf(tiedInstitutions);
        }
    }

    /** Why a candidate may not sit on the panel, checked in this order. */
    public enum Conflict {
        /** Already on the panel, or declined from it: a replacement is a new person. */
        ALREADY_ON_PANEL,
        EMPLOYED_BY_APPLICANT,
        TIED_TO_APPLICANT,
        EMPLOYED_BY_INSTITUTION,
        TIED_TO_INSTITUTION,
        /** Only when the draw excludes the applicant's city. */
        SAME_CITY
    }

    public record Exclusion(long id, Conflict conflict) {
    }

    public record Outcome(List<Exclusion> exclusions, List<Long> chosen) {

        public Outcome {
            exclusions = List.copyOf(exclusions);
            chosen = List.copyOf(chosen);
        }
    }

    /** The candidate's conflict with the subject, or {@code null} when it has none. */
    public static Conflict conflict(Subject subject, Candidate candidate, boolean excludeSameCity,
            Set<Long> alreadyOnPanel) {
        if (alreadyOnPanel.contains(candidate.id())) {
            return Conflict.ALREADY_ON_PANEL;
        }
        if (subject.applicantCode() != null && subject.applicantCode().equals(candidate.employerCode())) {
            return Conflict.EMPLOYED_BY_APPLICANT;
        }
        if (subject.applicantCode() != null && candidate.tiedCodes().contains(subject.applicantCode())) {
            return Conflict.TIED_TO_APPLICANT;
        }
        if (subject.institutionCode() != null && subject.institutionCode().equals(candidate.employerCode())) {
            return Conflict.EMPLOYED_BY_INSTITUTION;
        }
        if (subject.institutionId() != null && candidate.tiedInstitutions().contains(subject.institutionId())
                || subject.institutionCode() != null && candidate.tiedCodes().contains(subject.institutionCode())) {
            return Conflict.TIED_TO_INSTITUTION;
        }
        if (excludeSameCity && subject.cityCode() != null && subject.cityCode().equals(candidate.cityCode())) {
            return Conflict.SAME_CITY;
        }
        return null;
    }

    /**
     * The draw itself. {@code candidates} must be in canonical order (ascending id): the order is part of what the
     * seed is applied to, so it is checked rather than assumed.
     */
    public static Outcome run(long seed, int size, Subject subject, List<Candidate> candidates,
            boolean excludeSameCity, Set<Long> alreadyOnPanel) {
        List<Exclusion> exclusions = new ArrayList<>();
        List<Long> eligible = new ArrayList<>();
        long previous = Long.MIN_VALUE;
        for (Candidate candidate : candidates) {
            if (candidate.id() <= previous) {
                throw new IllegalArgumentException("candidates not in ascending id order at " + candidate.id());
            }
            previous = candidate.id();
            Conflict conflict = conflict(subject, candidate, excludeSameCity, alreadyOnPanel);
            if (conflict == null) {
                eligible.add(candidate.id());
            } else {
                exclusions.add(new Exclusion(candidate.id(), conflict));
            }
        }
        return new Outcome(exclusions, RandomDraw.choose(seed, eligible, size));
    }
}
