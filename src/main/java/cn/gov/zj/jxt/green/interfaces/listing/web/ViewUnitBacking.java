package cn.gov.zj.jxt.green.interfaces.listing.web;

import cn.gov.zj.jxt.green.application.listing.RegistryService.UnitRecord;
import cn.gov.zj.jxt.green.application.listing.RegistryService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * units/view.xhtml?code=…: a listed organisation's entries on each level with their history, each document that made
 * a change public linked as PDF. An unknown code is 404.
 */
@Named
@RequestScoped
public class ViewUnitBacking {

    @Inject
    RegistryService registry;

    private String code;
    private UnitRecord unit;

    public void load() {
        unit = registry.unit(code);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public UnitRecord getUnit() {
        return unit;
    }
}
