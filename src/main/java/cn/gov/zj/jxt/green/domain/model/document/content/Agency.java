package cn.gov.zj.jxt.green.domain.model.document.content;

import java.util.Objects;

/**
 * An agency that issues or signs a document, by its full name (发文机关全称), which is also its agency mark
 * (发文机关标志) and its signature (署名).
 */
public record Agency(String name) {

    /** 浙江省经济和信息化厅, the portal's own agency and the lead of every joint issue it makes. */
    public static final Agency ECONOMY = new Agency("浙江省经济和信息化厅");
    /** 浙江省发展和改革委员会, co-issuer of the joint publication of the lists (seed 003 §二(四)). */
    public static final Agency DEVELOPMENT_REFORM = new Agency("浙江省发展和改革委员会");
    /** 浙江省生态环境厅, co-issuer of the joint publication of the lists (seed 003 §二(四)). */
    public static final Agency ECOLOGY_ENVIRONMENT = new Agency("浙江省生态环境厅");

    public Agency {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an agency needs a name");
        }
    }
}
