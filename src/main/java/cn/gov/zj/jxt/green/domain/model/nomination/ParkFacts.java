package cn.gov.zj.jxt.green.domain.model.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What a park declares about itself (004 §(十), 003 §一(一)): a legal boundary and scope, one unified management
 * body, the industrial share of added value, and a published green-factory cultivation plan. The cultivation plan
 * is also what a supply-chain enterprise declares for its suppliers (004 §(十一) 2).
 */
@Embeddable
public class ParkFacts implements Serializable {

    @Column(name = "legal_boundary")
    private Boolean legalBoundary;

    @Column(name = "unified_management")
    private Boolean unifiedManagement;

    /** 工业增加值占比, %. */
    @Column(name = "industrial_share", precision = 7, scale = 2)
    private BigDecimal industrialShare;

    @Column(name = "cultivation_plan")
    private Boolean cultivationPlan;

    public ParkFacts() {
        // a blank form; also for JPA
    }

    public Boolean getLegalBoundary() {
        return legalBoundary;
    }

    public void setLegalBoundary(Boolean legalBoundary) {
        this.legalBoundary = legalBoundary;
    }

    public Boolean getUnifiedManagement() {
        return unifiedManagement;
    }

    public void setUnifiedManagement(Boolean unifiedManagement) {
        this.unifiedManagement = unifiedManagement;
    }

    public BigDecimal getIndustrialShare() {
        return industrialShare;
    }

    public void setIndustrialShare(BigDecimal industrialShare) {
        this.industrialShare = industrialShare;
    }

    public Boolean getCultivationPlan() {
        return cultivationPlan;
    }

    public void setCultivationPlan(Boolean cultivationPlan) {
        this.cultivationPlan = cultivationPlan;
    }
}
