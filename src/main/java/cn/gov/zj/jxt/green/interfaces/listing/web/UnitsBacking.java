package cn.gov.zj.jxt.green.interfaces.listing.web;

import cn.gov.zj.jxt.green.application.listing.RegistryService;
import cn.gov.zj.jxt.green.application.shared.InvalidInputException;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.UnitQuery;
import cn.gov.zj.jxt.green.domain.model.listing.UnitStatus;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.interfaces.listing.RegistryFilter;
import cn.gov.zj.jxt.green.interfaces.shared.Messages;
import cn.gov.zj.jxt.green.interfaces.shared.web.CityList;
import cn.gov.zj.jxt.green.interfaces.shared.web.LocaleSelection;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * units.xhtml: the registry of listed units 名单查询. The filters are view parameters, so that a filtered view is a
 * link anyone can bookmark or share; the form sends them by GET. Exports link to the API with the same parameters.
 * The view is stateless: the table's paging and sorting posts carry the filters as hidden fields of the same names.
 */
@Named
@RequestScoped
public class UnitsBacking {

    @Inject
    RegistryService registry;

    @Inject
    CityList cities;

    @Inject
    LocaleSelection locales;

    private String name;
    private String code;
    private String level;
    private String type;
    private String city;
    private String industry;
    private String year;
    private String status;
    private RegistryModel model;
    private String queryString = "";

    @PostConstruct
    void postedFilters() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            name = Faces.posted("name");
            code = Faces.posted("code");
            level = Faces.posted("level");
            type = Faces.posted("type");
            city = Faces.posted("city");
            industry = Faces.posted("industry");
            year = Faces.posted("year");
            status = Faces.posted("status");
        }
    }

    public void load() {
        RegistryFilter filter = filter();
        UnitQuery query;
        try {
            query = filter.toQuery();
            queryString = filter.queryString();
        } catch (InvalidInputException e) {
            // A hand-edited link: say what is wrong and show the current list rather than an error page. The
            // reader's language comes from LocaleSelection: the view's own locale is not set yet in a view action.
            e.violations().forEach(v -> FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(
                    FacesMessage.SEVERITY_ERROR, Messages.validation(locales.getLocale(), v.messageKey()), null)));
            query = UnitQuery.all();
            queryString = "";
        }
        model = new RegistryModel(registry, query);
    }

    private RegistryFilter filter() {
        return new RegistryFilter(name, code, level, type, city, industry, year, status, null, null);
    }

    public RegistryModel getModel() {
        if (model == null) {
            load();
        }
        return model;
    }

    /** The view's filters as a query string, for the export links; empty for the whole current list. */
    public String getQueryString() {
        return queryString;
    }

    public List<Region> getCities() {
        return cities.get();
    }

    public ListLevel[] getLevels() {
        return ListLevel.values();
    }

    public UnitType[] getTypes() {
        return UnitType.values();
    }

    public UnitStatus[] getStatuses() {
        return UnitStatus.values();
    }

    public String getLanguage() {
        return locales.getLocale().getLanguage();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
