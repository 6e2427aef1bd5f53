package cn.gov.zj.jxt.green.interfaces.dynamic.web;

import cn.gov.zj.jxt.green.application.dynamic.RemovalService;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.domain.model.deadline.Deadline;
import cn.gov.zj.jxt.green.domain.model.document.IssuedDocument;
import cn.gov.zj.jxt.green.domain.model.dynamic.ProposalStatus;
import cn.gov.zj.jxt.green.domain.model.dynamic.RemovalProposal;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * workspace/dynamic/removals.xhtml: the province decides or dismisses removal proposals, sets the date of the
 * year's removal announcement and sees the announcements issued.
 */
@Named
@ViewScoped
public class DynamicRemovalsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RemovalService removals;

    @Inject
    PortalClock clock;

    private String note;
    private LocalDate date;

    public List<RemovalProposal> getProposed() {
        return removals.proposals(ProposalStatus.PROPOSED);
    }

    public List<RemovalProposal> getDecided() {
        return removals.proposals(ProposalStatus.DECIDED);
    }

    public List<IssuedDocument> getAnnouncements() {
        return removals.announcements();
    }

    public int getYear() {
        return clock.today().getYear();
    }

    public Deadline getAnnouncementDeadline() {
        return removals.announcementDate(getYear()).orElse(null);
    }

    public LocalDate getToday() {
        return clock.today();
    }

    public void decide(long id) {
        try {
            removals.decide(id, note).ifPresentOrElse(
                    d -> Faces.info("workspace.dynamic.removals.announced", d.getNumber()),
                    () -> Faces.info("workspace.dynamic.removals.decided.done"));
            note = null;
        } catch (PortalException e) {
            Faces.show(e, Map.of("note", "work:note"));
        }
    }

    public void dismiss(long id) {
        try {
            removals.dismiss(id, note);
            Faces.info("workspace.dynamic.removals.dismissed");
            note = null;
        } catch (PortalException e) {
            Faces.show(e, Map.of("note", "work:note"));
        }
    }

    public void schedule() {
        try {
            removals.setAnnouncementDate(getYear(), date);
            Faces.info("workspace.dynamic.removals.scheduled", date);
        } catch (PortalException e) {
            Faces.show(e, Map.of("date", "schedule:date"));
        }
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }
}
