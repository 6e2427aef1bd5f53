package cn.gov.zj.jxt.green.interfaces.review.web;

import cn.gov.zj.jxt.green.application.review.ReviewService;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.domain.model.review.DrawRecord;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * workspace/review/draws.xhtml: the register of every draw, for the discipline office (004 §(十五): 机关纪委进行现场
 * 监督) and the clerks, each with its full record and a button that re-runs it from that record.
 */
@Named
@ViewScoped
public class DrawsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewService review;

    private List<DrawRecord> draws;

    public void load() {
        if (draws == null) {
            draws = review.draws();
        }
    }

    public void verify(long drawId) {
        try {
            ReviewService.Verification v = review.verify(drawId);
            if (v.reproduces()) {
                Faces.info("workspace.review.draws.reproduced", drawId);
            } else {
                Faces.error(null, "workspace.review.draws.notReproduced", drawId);
            }
        } catch (PortalException e) {
            Faces.show(e, Map.of());
        }
    }

    public List<DrawRecord> getDraws() {
        return draws;
    }
}
