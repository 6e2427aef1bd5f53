package cn.gov.zj.jxt.green.interfaces.nomination.web;

import cn.gov.zj.jxt.green.application.nomination.BatchService;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** workspace/batches/index.xhtml: every batch, newest year first; provincial clerks open new ones. */
@Named
@ViewScoped
public class BatchesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BatchService batches;

    @Inject
    CurrentActor currentActor;

    private List<Batch> all;

    public List<Batch> getAll() {
        if (all == null) {
            all = batches.all();
        }
        return all;
    }

    /** Only the provincial clerk opens and changes batches; supervisors and administrators read (seed 003). */
    public boolean isEditor() {
        return currentActor.get().is(Role.PROVINCE_CLERK);
    }
}
