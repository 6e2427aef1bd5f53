package cn.gov.zj.jxt.green.interfaces.listing.web;

import cn.gov.zj.jxt.green.application.listing.RegistryService;
import cn.gov.zj.jxt.green.interfaces.shared.web.CityList;
import cn.gov.zj.jxt.green.interfaces.shared.web.Formats;
import cn.gov.zj.jxt.green.interfaces.shared.web.LocaleSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * units.xhtml: the registry of listed units 名单查询, written by {@link RegistryPage}. Its parameters (filters, page,
 * page size, sort) are also the view's parameters, so that the language switch keeps them. Anonymous readers are
 * mostly answered by {@link RegistryPageFilter} without this view; this bean writes the page for signed-in readers,
 * and the marker where the filter puts the content into the layout.
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

    @Inject
    Formats formats;

    private String name;
    private String code;
    private String level;
    private String type;
    private String city;
    private String industry;
    private String year;
    private String status;
    private String sort;
    private String order;
    private String page;
    private String rows;

    /** The page's content: the form, the table and its pager, as HTML. */
    public String getContent() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (external.getRequestMap().get(RegistryPageFilter.LAYOUT) != null) {
            return RegistryPageFilter.CONTENT;
        }
        Map<String, String> parameters = external.getRequestParameterMap();
        return new RegistryPage(registry, cities.get(), formats::dateTime).html(parameters::get, locales.getLocale(),
                external.getRequestContextPath());
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

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getRows() {
        return rows;
    }

    public void setRows(String rows) {
        this.rows = rows;
    }
}
