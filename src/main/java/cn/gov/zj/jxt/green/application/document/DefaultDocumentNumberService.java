package cn.gov.zj.jxt.green.application.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import cn.gov.zj.jxt.green.application.shared.AccessPolicy;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.AuditService;
import cn.gov.zj.jxt.green.application.shared.BusinessRuleException;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.InputValidation;
import cn.gov.zj.jxt.green.application.shared.InvalidInputException;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.RecordNotFoundException;
import cn.gov.zj.jxt.green.application.shared.Versions;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.document.DocumentNumber;
import cn.gov.zj.jxt.green.domain.model.document.Issuer;
import cn.gov.zj.jxt.green.domain.model.document.NumberRegister;
import cn.gov.zj.jxt.green.domain.model.document.NumberSeries;
import cn.gov.zj.jxt.green.domain.model.document.RegisteredNumber;
import cn.gov.zj.jxt.green.domain.shared.Page;
import cn.gov.zj.jxt.green.domain.shared.PageRequest;

@Stateless
public class DefaultDocumentNumberService implements DocumentNumberService {

    private static final String TYPE = "RegisteredNumber";
    static final int MAX_TITLE = 300;
    /** A series continued from paper is of a year the portal could be used in. */
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    /** No department issues more documents of one kind in a year. */
    static final int MAX_SERIAL = 99_999;
    static final int MAX_REASON = 500;

    @Inject
    NumberRegister register;

    @Inject
    CurrentActor currentActor;

    @Inject
    AccessPolicy access;

    @Inject
    AuditService audit;

    @Inject
    PortalClock clock;

    @Override
    public RegisteredNumber issue(Issuer issuer, String title) {
        Actor actor = currentActor.get();
        access.requireRole(actor, "documentNumber.issue", Role.PROVINCE_CLERK, Role.ADMIN);
        String cleanTitle = InputValidation.singleLine(InputValidation.requiredText(title, MAX_TITLE, "title",
                "documentNumber.title.required", "documentNumber.title.required"), "title");
        int year = clock.today().getYear();
        try {
            register.createSeriesIfAbsent(issuer.prefix(), year);
        } catch (PersistenceException raced) {
            // Another issue created the year's series at the same moment: it exists now, which is all we need.
        }
        // The series row stays locked until this transaction ends: the next issuer waits, then takes the next.
        DocumentNumber number = register.lockSeries(issuer.prefix(), year).next();
        RegisteredNumber registered = new RegisteredNumber(number, cleanTitle, clock.now(), actor.name());
        register.add(registered);
        audit.changed("documentNumber.issue", registered, null);
        return registered;
    }

    @Override
    public RegisteredNumber voidNumber(long id, Long expectedVersion, String reason) {
        Actor actor = currentActor.get();
        access.requireRole(actor, "documentNumber.void", Role.PROVINCE_CLERK, Role.ADMIN);
        if (expectedVersion == null) {
            throw InputValidation.violation("version", "request.versionRequired");
        }
        String cleanReason = InputValidation.requiredText(reason, MAX_REASON, "reason",
                "documentNumber.reason.required", "documentNumber.reason.required");
        RegisteredNumber number = register.find(id).orElseThrow(() -> new RecordNotFoundException(TYPE, id));
        Versions.require(number.getVersion(), expectedVersion, number.getNumberText());
        if (number.isVoided()) {
            throw new BusinessRuleException("documentNumber.alreadyVoid", number.getNumberText());
        }
        Map<String, Object> before = number.auditState();
        number.voidWith(cleanReason, clock.now(), actor.name());
        audit.changed("documentNumber.void", number, before);
        return number;
    }

    @Override
    public void continueSeries(Issuer issuer, Integer year, Integer lastIssuedBefore) {
        Actor actor = currentActor.get();
        access.requireRole(actor, "documentNumber.continueSeries", Role.ADMIN);
        List<InvalidInputException.Violation> wrong = new ArrayList<>();
        if (year == null || year < MIN_YEAR || year > MAX_YEAR) {
            wrong.add(new InvalidInputException.Violation("year", "documentNumber.year.range"));
        }
        if (lastIssuedBefore == null || lastIssuedBefore < 0 || lastIssuedBefore > MAX_SERIAL) {
            wrong.add(new InvalidInputException.Violation("lastIssuedBefore", "documentNumber.lastIssuedBefore.invalid"));
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInputException(wrong);
        }
        try {
            register.createSeriesIfAbsent(issuer.prefix(), year);
        } catch (PersistenceException raced) {
            // Created at the same moment by an issue: the lock below decides.
        }
        NumberSeries series = register.lockSeries(issuer.prefix(), year);
        if (series.getLastSerial() != 0) {
            throw new BusinessRuleException("documentNumber.seriesStarted", issuer.prefix(), year,
                    series.getLastSerial());
        }
        Map<String, Object> before = series.auditState();
        series.continueAfter(lastIssuedBefore);
        // In the caller's transaction, like every change: a separate one would wait on the chain head it holds.
        audit.changed("documentNumber.continueSeries", series, before);
    }

    @Override
    public RegisteredNumber get(long id) {
        requireReader();
        return register.find(id).orElseThrow(() -> new RecordNotFoundException(TYPE, id));
    }

    @Override
    public Page<RegisteredNumber> register(Integer year, Issuer issuer, PageRequest page) {
        requireReader();
        return register.search(year, issuer == null ? null : issuer.prefix(), page);
    }

    private void requireReader() {
        access.requireRole(currentActor.get(), "documentNumber.read", Role.PROVINCE_CLERK, Role.ADMIN,
                Role.SUPERVISOR);
    }

}
