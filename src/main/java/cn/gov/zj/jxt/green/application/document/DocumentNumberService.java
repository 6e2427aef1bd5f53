package cn.gov.zj.jxt.green.application.document;

import jakarta.validation.constraints.NotNull;

import cn.gov.zj.jxt.green.domain.model.document.Issuer;
import cn.gov.zj.jxt.green.domain.model.document.RegisteredNumber;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;

/**
 * Document numbers 文号 and their register 发文登记簿. Numbers are handed out at issue, one at a time per issuer
 * and year, in the issuing transaction: gap-free (a document that is not issued gives its number back) and
 * never reused (a voided number stays in the register with its reason).
 */
public interface DocumentNumberService {

    /** Issues the next number of {@code issuer} for this year to a document titled {@code title}. */
    RegisteredNumber issue(@NotNull Issuer issuer, String title);

    /** Voids a number, as it was when the clerk opened it; the reason is required and public in the register. */
    RegisteredNumber voidNumber(long id, Long expectedVersion, String reason);

    /**
     * Takes over a series begun outside the portal (e.g. on paper earlier in the year): the portal's first number
     * of {@code issuer} in {@code year} will be {@code lastIssuedBefore + 1}. Administrators only, and only while
     * the series is untouched: refused once the portal has issued a number in it or it was already continued. Both
     * numbers are required: the year within 2000–2100, the last number 0–99999.
     */
    void continueSeries(@NotNull Issuer issuer, Integer year, Integer lastIssuedBefore);

    RegisteredNumber get(long id);

    /** The register, newest first; {@code year} and {@code issuer} may be {@code null}. */
    Page<RegisteredNumber> register(Integer year, Issuer issuer, @NotNull PageRequest page);
}
