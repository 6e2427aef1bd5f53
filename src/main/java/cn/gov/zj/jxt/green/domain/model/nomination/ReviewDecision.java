package cn.gov.zj.jxt.green.domain.model.nomination;

public enum ReviewDecision {
    APPROVED,
    RETURNED
}
