package cn.gov.zj.jxt.green.interfaces.publicity.web;

import cn.gov.zj.jxt.green.application.publicity.PublicityService;
import cn.gov.zj.jxt.green.domain.model.publicity.Publicity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** publicity.xhtml: every publicity period, open and past, newest first. */
@Named
@RequestScoped
public class PublicityBacking {

    @Inject
    PublicityService publicity;

    private List<Publicity> periods;

    public List<Publicity> getPeriods() {
        if (periods == null) {
            periods = publicity.all();
        }
        return periods;
    }
}
