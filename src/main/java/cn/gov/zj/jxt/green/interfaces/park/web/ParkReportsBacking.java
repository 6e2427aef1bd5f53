package cn.gov.zj.jxt.green.interfaces.park.web;

import cn.gov.zj.jxt.green.application.park.ParkReportService;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationRepository;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * workspace/park-reports/index.xhtml: a park's management body publishes its yearly green low-carbon development
 * report (seed 000 §三(一)4) as a PDF, shown on its public unit page; the reports published so far are listed.
 */
@Named
@RequestScoped
public class ParkReportsBacking {

    private static final Map<String, String> FIELDS = Map.of("year", "upload:year", "file", "upload:file");

    @Inject
    ParkReportService reports;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CurrentActor currentActor;

    @Inject
    PortalClock clock;

    private Integer year;
    private transient Part file;
    private List<ParkReportService.Published> published;

    public void load() {
        if (year == null) {
            year = clock.today().getYear() - 1;
        }
        published = reports.own();
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Faces.error("upload:file", "workspace.parkReports.fileRequired");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            ParkReportService.Published saved = reports.upload(year == null ? 0 : year, file.getSubmittedFileName(),
                    in);
            Faces.info("workspace.parkReports.uploaded", String.valueOf(saved.year()), saved.fileName());
        } catch (PortalException e) {
            Faces.show(e, FIELDS);
        } catch (IOException e) {
            Faces.error("upload:file", "workspace.parkReports.uploadFailed");
        }
        published = reports.own();
    }

    /** The actor's credit code, for the links to the public unit page and the files. */
    public String getCreditCode() {
        Long id = currentActor.get().organisationId();
        return id == null ? null : organisations.find(id).map(o -> o.getCreditCode()).orElse(null);
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public List<ParkReportService.Published> getPublished() {
        return published;
    }
}
