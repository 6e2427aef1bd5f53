package cn.gov.zj.jxt.green.domain.model.publicity;

/** An objection is open until the clerk, having verified it, upholds it or not. */
public enum ObjectionStatus {
    RECEIVED,
    UPHELD,
    NOT_UPHELD;

    public boolean open() {
        return this == RECEIVED;
    }
}
