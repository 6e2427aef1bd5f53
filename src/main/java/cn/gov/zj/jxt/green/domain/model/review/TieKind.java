package cn.gov.zj.jxt.green.domain.model.review;

/** What an expert is tied to: a third-party institution registered on the portal, or any organisation by credit code. */
public enum TieKind {
    INSTITUTION,
    ORGANISATION
}
