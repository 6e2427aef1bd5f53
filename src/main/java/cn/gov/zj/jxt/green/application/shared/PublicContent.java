package cn.gov.zj.jxt.green.application.shared;

import java.time.Instant;

/**
 * The version of what the public sees: public pages, open data and feeds. It rises, in the transaction that makes
 * the change, whenever something they show changes, and it lives in the database, so that every server node reads
 * the same version at once and no node serves a page rendered before a change another node made.
 */
public interface PublicContent {

    /** A version and when it was reached. */
    record Version(long number, Instant changedAt) {
    }

    /** The version now committed: one read of one row by its key. */
    Version current();

    /**
     * Raises the version, once per transaction however often it is called, in the caller's transaction: a change
     * that is rolled back raises nothing. Outside a transaction it raises it at once.
     */
    void changed();
}
