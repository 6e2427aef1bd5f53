package cn.gov.zj.jxt.green.interfaces.dynamic.web;

import cn.gov.zj.jxt.green.application.dynamic.DynamicFormInput;
import cn.gov.zj.jxt.green.application.dynamic.DynamicManagementService;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.domain.model.dynamic.ChangeKind;
import cn.gov.zj.jxt.green.domain.model.dynamic.DynamicForm;
import cn.gov.zj.jxt.green.domain.model.listing.ListedUnit;
import cn.gov.zj.jxt.green.domain.model.nomination.Indicators;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** workspace/dynamic/unit.xhtml: a listed organisation files its yearly dynamic management form and sees it. */
@Named
@ViewScoped
public class DynamicUnitBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DynamicManagementService dynamic;

    @Inject
    PortalClock clock;

    private Integer year;
    private List<ListedUnit> entries;
    private DynamicForm form;
    private boolean loaded;
    private boolean open;

    private BigDecimal energy;
    private BigDecimal water;
    private BigDecimal resourceUse;
    private BigDecimal renewableShare;
    private BigDecimal carbonIntensity;
    private String remarks;
    private final List<ChangeRow> changes = new ArrayList<>();

    /** One declared change as the form holds it until filed. */
    public static class ChangeRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private ChangeKind kind;
        private String description;
        private String newName;

        public ChangeKind getKind() {
            return kind;
        }

        public void setKind(ChangeKind kind) {
            this.kind = kind;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getNewName() {
            return newName;
        }

        public void setNewName(String newName) {
            this.newName = newName;
        }
    }

    private void load() {
        if (!loaded) {
            // This calendar year's form: open until 24:00 of April 15, then closed until the next year.
            year = clock.today().getYear();
            open = DynamicForm.open(year, clock.now(), PortalClock.ZONE);
            entries = dynamic.myEntries();
            form = dynamic.myForm(year).orElse(null);
            loaded = true;
        }
    }

    public void addChange() {
        changes.add(new ChangeRow());
    }

    public void removeChange(int index) {
        changes.remove(index);
    }

    public void file() {
        Indicators indicators = new Indicators();
        indicators.setEnergy(energy);
        indicators.setWater(water);
        indicators.setResourceUse(resourceUse);
        indicators.setRenewableShare(renewableShare);
        indicators.setCarbonIntensity(carbonIntensity);
        List<DynamicFormInput.Change> declared = changes.stream()
                .map(c -> new DynamicFormInput.Change(c.kind, c.description, c.newName)).toList();
        try {
            form = dynamic.file(new DynamicFormInput(indicators, remarks, declared));
            Faces.info("workspace.dynamic.unit.filed", form.getYear());
        } catch (PortalException e) {
            Faces.show(e, Map.of("remarks", "form:remarks"));
        }
    }

    public int getYear() {
        load();
        return year;
    }

    public List<ListedUnit> getEntries() {
        load();
        return entries;
    }

    public boolean isOpen() {
        load();
        return open;
    }

    public DynamicForm getForm() {
        load();
        return form;
    }

    public ChangeKind[] getKinds() {
        return ChangeKind.values();
    }

    public List<ChangeRow> getChanges() {
        return changes;
    }

    public BigDecimal getEnergy() {
        return energy;
    }

    public void setEnergy(BigDecimal energy) {
        this.energy = energy;
    }

    public BigDecimal getWater() {
        return water;
    }

    public void setWater(BigDecimal water) {
        this.water = water;
    }

    public BigDecimal getResourceUse() {
        return resourceUse;
    }

    public void setResourceUse(BigDecimal resourceUse) {
        this.resourceUse = resourceUse;
    }

    public BigDecimal getRenewableShare() {
        return renewableShare;
    }

    public void setRenewableShare(BigDecimal renewableShare) {
        this.renewableShare = renewableShare;
    }

    public BigDecimal getCarbonIntensity() {
        return carbonIntensity;
    }

    public void setCarbonIntensity(BigDecimal carbonIntensity) {
        this.carbonIntensity = carbonIntensity;
    }

    public String getRemarks() {
        return remarks;
    }

    public void setRemarks(String remarks) {
        this.remarks = remarks;
    }
}
