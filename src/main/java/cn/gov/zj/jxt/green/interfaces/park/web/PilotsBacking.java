package cn.gov.zj.jxt.green.interfaces.park.web;

import cn.gov.zj.jxt.green.application.park.PilotService;
import cn.gov.zj.jxt.green.application.park.PilotService.CallView;
import cn.gov.zj.jxt.green.application.park.PilotService.Published;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * pilots.xhtml: the public page of the national low-carbon industrial park pilots (seed 002): the province's calls
 * with their due dates and letters, and the parks it recommended with where each stands since.
 */
@Named
@RequestScoped
public class PilotsBacking {

    @Inject
    PilotService pilots;

    private List<CallView> calls;
    private List<Published> recommended;

    public void load() {
        calls = pilots.calls();
        recommended = pilots.published();
    }

    public List<CallView> getCalls() {
        return calls;
    }

    public List<Published> getRecommended() {
        return recommended;
    }
}
