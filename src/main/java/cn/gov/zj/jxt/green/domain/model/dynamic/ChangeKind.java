package cn.gov.zj.jxt.green.domain.model.dynamic;

import cn.gov.zj.jxt.green.domain.model.listing.UnitEventKind;

/** What a unit may declare as changed since it was listed (004 §(二十)). */
public enum ChangeKind {
    NAME,
    /** Actual production and business scope. */
    SCOPE,
    /** Production address. */
    ADDRESS,
    /** Organisational boundary, through investment, merger or acquisition. */
    BOUNDARY;

    /** The history event a confirmed change of this kind leaves on the listed unit. */
    public UnitEventKind eventKind() {
        return this == NAME ? UnitEventKind.RENAMED : UnitEventKind.SCOPE_CHANGED;
    }
}
