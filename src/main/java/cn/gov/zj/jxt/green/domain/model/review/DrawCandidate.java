package cn.gov.zj.jxt.green.domain.model.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One candidate of a draw as it stood at that moment: an expert with the facts the conflict rules read, or an
 * application with its flag. The facts are copied, not referenced, so that later changes to the pool do not change
 * what a replay sees.
 */
@Embeddable
public class DrawCandidate implements Serializable {

    /** The expert's or the application's id. */
    @Column(name = "ref_id", nullable = false)
    private long refId;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(name = "employer_code", length = 18)
    private String employerCode;

    @Column(name = "city_code", length = 6)
    private String cityCode;

    /** Credit codes the expert is tied to, comma-separated in ascending order. */
    @Column(name = "tied_codes", length = 2000)
    private String tiedCodes;

    /** Institution (organisation) ids the expert is tied to, comma-separated in ascending order. */
    @Column(name = "tied_institutions", length = 2000)
    private String tiedInstitutions;

    @Column(nullable = false)
    private boolean flagged;

    /** The {@link PanelDraw.Conflict} that set it aside, or {@code null} when it could be drawn. */
    @Column(length = 30)
    private String exclusion;

    protected DrawCandidate() {
        // for JPA
    }

    static DrawCandidate expert(PanelDraw.Candidate candidate, String label, PanelDraw.Conflict exclusion) {
        DrawCandidate c = new DrawCandidate();
        c.refId = candidate.id();
        c.label = label;
        c.employerCode = candidate.employerCode();
        c.cityCode = candidate.cityCode();
        c.tiedCodes = candidate.tiedCodes().stream().sorted().collect(Collectors.joining(","));
        c.tiedInstitutions = candidate.tiedInstitutions().stream().sorted().map(String::valueOf)
                .collect(Collectors.joining(","));
        c.exclusion = exclusion == null ? null : exclusion.name();
        return c;
    }

    static DrawCandidate application(InspectionSample.Candidate candidate, String label) {
        DrawCandidate c = new DrawCandidate();
        c.refId = candidate.id();
        c.label = label;
        c.flagged = candidate.flagged();
        return c;
    }

    PanelDraw.Candidate asExpert() {
        return new PanelDraw.Candidate(refId, employerCode, cityCode, split(tiedCodes),
                split(tiedInstitutions).stream().map(Long::valueOf).collect(Collectors.toSet()));
    }

    InspectionSample.Candidate asApplication() {
        return new InspectionSample.Candidate(refId, flagged);
    }

    static Set<String> split(String joined) {
        return joined == null || joined.isEmpty() ? Set.of()
                : new LinkedHashSet<>(Arrays.asList(joined.split(",")));
    }

    public long getRefId() {
        return refId;
    }

    public String getLabel() {
        return label;
    }

    public String getEmployerCode() {
        return employerCode;
    }

    public String getCityCode() {
        return cityCode;
    }

    public String getTiedCodes() {
        return tiedCodes;
    }

    public String getTiedInstitutions() {
        return tiedInstitutions;
    }

    public boolean isFlagged() {
        return flagged;
    }

    public String getExclusion() {
        return exclusion;
    }
}
