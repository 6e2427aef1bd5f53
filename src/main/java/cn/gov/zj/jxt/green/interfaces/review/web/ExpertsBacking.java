package cn.gov.zj.jxt.green.interfaces.review.web;

import cn.gov.zj.jxt.green.application.review.ExpertForm;
import cn.gov.zj.jxt.green.application.review.ReviewService;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.region.RegionLevel;
import cn.gov.zj.jxt.green.domain.model.region.RegionRepository;
import cn.gov.zj.jxt.green.domain.model.review.Expert;
import cn.gov.zj.jxt.green.domain.model.review.TieKind;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * workspace/review/experts.xhtml: the expert pool. The form takes ties to organisations as credit codes, one
 * nature for them all; ties to registered institutions go through the API.
 */
@Named
@ViewScoped
public class ExpertsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of("name", "expert:name", "specialty", "expert:specialty",
            "employerName", "expert:employer", "employerCode", "expert:employerCode", "cityCode", "expert:city",
            "account", "expert:account", "ties", "expert:ties");

    @Inject
    ReviewService review;

    @Inject
    RegionRepository regions;

    @Inject
    CurrentActor currentActor;

    private List<Expert> experts;
    private List<Region> cities;
    private String name;
    private String specialty;
    private String employer;
    private String employerCode;
    private String city;
    private String account;
    private String tiedCodes;
    private String tieNature;

    public void load() {
        if (experts == null) {
            experts = review.experts();
            cities = regions.findByLevel(RegionLevel.CITY);
        }
    }

    public String add() {
        List<ExpertForm.Tie> ties = tiedCodes == null || tiedCodes.isBlank() ? List.of()
                : Arrays.stream(tiedCodes.split("[,，\\s]+")).filter(c -> !c.isBlank())
                        .map(c -> new ExpertForm.Tie(TieKind.ORGANISATION, null, c, tieNature)).toList();
        try {
            Expert added = review.addExpert(new ExpertForm(name, specialty, employer, employerCode, city, account,
                    ties, true));
            Faces.info("workspace.review.experts.added", added.getName());
            Faces.keepMessages();
            return "/workspace/review/experts.xhtml?faces-redirect=true";
        } catch (PortalException e) {
            Faces.show(e, FIELDS);
            return null;
        }
    }

    public boolean isClerk() {
        return currentActor.get().is(Role.PROVINCE_CLERK);
    }

    public List<Expert> getExperts() {
        return experts;
    }

    public List<Region> getCities() {
        return cities;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSpecialty() {
        return specialty;
    }

    public void setSpecialty(String specialty) {
        this.specialty = specialty;
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = employer;
    }

    public String getEmployerCode() {
        return employerCode;
    }

    public void setEmployerCode(String employerCode) {
        this.employerCode = employerCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public String getTiedCodes() {
        return tiedCodes;
    }

    public void setTiedCodes(String tiedCodes) {
        this.tiedCodes = tiedCodes;
    }

    public String getTieNature() {
        return tieNature;
    }

    public void setTieNature(String tieNature) {
        this.tieNature = tieNature;
    }
}
