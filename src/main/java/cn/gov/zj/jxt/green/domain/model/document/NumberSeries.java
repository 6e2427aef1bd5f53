package cn.gov.zj.jxt.green.domain.model.document;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import cn.gov.zj.jxt.green.domain.model.audit.Audited;

/**
 * One issuer's serials for one year. Allocating locks this row, so serials are handed out one at a time;
 * the row changes in the issuing transaction, so a document that is not issued after all gives its serial
 * back and the register has no gaps.
 */
@Entity
@Table(name = "number_series")
@IdClass(NumberSeries.Key.class)
public class NumberSeries implements Audited {

    /** The composite key: prefix and year. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String prefix;
        private int year;

        public Key() {
            // for JPA
        }

        public Key(String prefix, int year) {
            this.prefix = prefix;
            this.year = year;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.year == year && java.util.Objects.equals(k.prefix, prefix);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(prefix, year);
        }
    }

    @Id
    @Column(length = 40)
    private String prefix;

    @Id
    @Column(name = "doc_year")
    private int year;

    @Column(name = "last_serial", nullable = false)
    private int lastSerial;

    protected NumberSeries() {
        // for JPA
    }

    public NumberSeries(String prefix, int year) {
        this.prefix = prefix;
        this.year = year;
    }

    /** The next number of the series; the caller holds the row's lock. */
    public DocumentNumber next() {
        lastSerial++;
        return new DocumentNumber(prefix, year, lastSerial);
    }

    /**
     * Continues a series the department began on paper before the portal took it over: the portal's first number
     * is then {@code lastIssuedBefore + 1}. Only while the portal has issued nothing in the series, so that no
     * number can be skipped or handed out twice.
     */
    public void continueAfter(int lastIssuedBefore) {
        if (lastSerial != 0) {
            throw new IllegalStateException("the portal already issues numbers in " + prefix + " " + year);
        }
        if (lastIssuedBefore < 0) {
            throw new IllegalArgumentException("no negative serials");
        }
        lastSerial = lastIssuedBefore;
    }

    public int getLastSerial() {
        return lastSerial;
    }

    @Override
    public String auditType() {
        return "NumberSeries";
    }

    @Override
    public Object auditId() {
        return prefix + "/" + year;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("prefix", prefix);
        state.put("year", year);
        state.put("lastSerial", lastSerial);
        return state;
    }
}
