package cn.gov.zj.jxt.green.interfaces.nomination.web;

import cn.gov.zj.jxt.green.application.nomination.BatchForm;
import cn.gov.zj.jxt.green.application.nomination.BatchService;
import cn.gov.zj.jxt.green.application.shared.AccessPolicy;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.application.shared.PortalClock;
import cn.gov.zj.jxt.green.application.shared.PortalException;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.listing.ListLevel;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.region.RegionLevel;
import cn.gov.zj.jxt.green.domain.model.region.RegionRepository;
import cn.gov.zj.jxt.green.interfaces.shared.web.Faces;
import cn.gov.zj.jxt.green.interfaces.shared.web.LocaleSelection;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * workspace/batches/edit.xhtml: opens a batch or changes one — deadlines, caps and each city's quota (seed 003
 * 附件1). Opening drafts the call notice; the page then links to it so the clerk previews and issues it.
 */
@Named
@ViewScoped
public class EditBatchBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("year", "batch:year"),
            Map.entry("level", "batch:level"), Map.entry("title", "batch:title"),
            Map.entry("unitTypes", "batch:unitTypes"), Map.entry("submissionDeadline", "batch:submissionDeadline"),
            Map.entry("cityListDeadline", "batch:cityListDeadline"), Map.entry("reminderDays", "batch:reminderDays"),
            Map.entry("provincialCap", "batch:provincialCap"), Map.entry("nationalCap", "batch:nationalCap"),
            Map.entry("quotas", "batch:quotaTotal"));

    /** One city's line of the quota table; its quota as typed, which may be empty. */
    public static final class QuotaRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String cityCode;
        private final String cityName;
        private Integer quota;

        QuotaRow(String cityCode, String cityName, Integer quota) {
            this.cityCode = cityCode;
            this.cityName = cityName;
            this.quota = quota;
        }

        public String getCityCode() {
            return cityCode;
        }

        public String getCityName() {
            return cityName;
        }

        public Integer getQuota() {
            return quota;
        }

        public void setQuota(Integer quota) {
            this.quota = quota;
        }
    }

    @Inject
    BatchService batches;

    @Inject
    RegionRepository regions;

    @Inject
    CurrentActor currentActor;

    @Inject
    AccessPolicy access;

    @Inject
    PortalClock clock;

    @Inject
    LocaleSelection localeSelection;

    private Long id;
    private Batch batch;

    private Integer year;
    private ListLevel level = ListLevel.PROVINCIAL;
    private String title;
    private UnitType[] unitTypes = {};
    private LocalDate submissionDeadline;
    private LocalDate cityListDeadline;
    private Integer reminderDays = 7;
    private Integer provincialCap = Batch.DEFAULT_PROVINCIAL_CAP;
    private Integer nationalCap = Batch.DEFAULT_NATIONAL_CAP;
    private List<QuotaRow> quotas;

    public void load() {
        if (quotas != null) {
            return; // a postback of this view: keep what was typed
        }
        // Only the provincial clerk opens or changes a batch; others are refused the page, not just the save.
        access.requireRole(currentActor.get(), id == null ? "batch.open" : "batch.update", Role.PROVINCE_CLERK);
        Map<String, Integer> current = Map.of();
        if (id == null) {
            LocalDate today = clock.today();
            year = today.getYear();
            submissionDeadline = LocalDate.of(year, 6, 30).isBefore(today) ? null : LocalDate.of(year, 6, 30);
            cityListDeadline = LocalDate.of(year, 12, 31);
            unitTypes = UnitType.values();
        } else {
            batch = batches.get(id);
            year = batch.getYear();
            level = batch.getLevel();
            title = batch.getTitle();
            unitTypes = batch.getUnitTypes().toArray(UnitType[]::new);
            submissionDeadline = batch.getSubmissionDeadline();
            cityListDeadline = batch.getCityListDeadline();
            reminderDays = batch.getReminderDays();
            provincialCap = batch.getProvincialCap();
            nationalCap = batch.getNationalCap();
            current = batch.getQuotas();
        }
        quotas = new ArrayList<>();
        // The view's own locale is not set yet while the view action runs; the reader's choice is.
        boolean english = "en".equals(localeSelection.getLocale().getLanguage());
        for (Region city : regions.findByLevel(RegionLevel.CITY)) {
            quotas.add(new QuotaRow(city.getCode(), english ? city.getNameEn() : city.getName(),
                    current.get(city.getCode())));
        }
    }

    public String save() {
        Map<String, Integer> byCity = new LinkedHashMap<>();
        // An empty quota means the city has none this batch: 0, as the call's 附件1 prints it.
        quotas.forEach(q -> byCity.put(q.getCityCode(), q.getQuota() == null ? 0 : q.getQuota()));
        BatchForm form = new BatchForm(year == null ? 0 : year, level, title,
                typesChosen(),
                submissionDeadline, cityListDeadline, reminderDays == null ? 0 : reminderDays,
                provincialCap == null ? 0 : provincialCap, nationalCap == null ? 0 : nationalCap, byCity, null);
        try {
            Batch saved = id == null ? batches.open(form) : batches.update(id, batch.getVersion(), form);
            Faces.info(id == null ? "workspace.batches.edit.opened" : "workspace.batches.edit.saved",
                    saved.getTitle());
            Faces.keepMessages();
            return "/workspace/batches/edit.xhtml?faces-redirect=true&id=" + saved.getId();
        } catch (PortalException e) {
            Faces.show(e, FIELDS);
            return null;
        }
    }

    private Set<UnitType> typesChosen() {
        Set<UnitType> chosen = EnumSet.noneOf(UnitType.class);
        if (unitTypes != null) {
            Arrays.stream(unitTypes).filter(Objects::nonNull).forEach(chosen::add);
        }
        return chosen;
    }

    /** The sum of the quotas as typed, shown under the table and refreshed as the clerk types. */
    public int getTotal() {
        return quotas == null ? 0 : quotas.stream().map(QuotaRow::getQuota).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).sum();
    }

    public boolean isCreating() {
        return id == null;
    }

    public UnitType[] getUnitTypeOptions() {
        return UnitType.values();
    }

    public ListLevel[] getLevels() {
        return ListLevel.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Batch getBatch() {
        return batch;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public ListLevel getLevel() {
        return level;
    }

    public void setLevel(ListLevel level) {
        this.level = level;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public UnitType[] getUnitTypes() {
        return unitTypes;
    }

    public void setUnitTypes(UnitType[] unitTypes) {
        this.unitTypes = unitTypes;
    }

    public LocalDate getSubmissionDeadline() {
        return submissionDeadline;
    }

    public void setSubmissionDeadline(LocalDate submissionDeadline) {
        this.submissionDeadline = submissionDeadline;
    }

    public LocalDate getCityListDeadline() {
        return cityListDeadline;
    }

    public void setCityListDeadline(LocalDate cityListDeadline) {
        this.cityListDeadline = cityListDeadline;
    }

    public Integer getReminderDays() {
        return reminderDays;
    }

    public void setReminderDays(Integer reminderDays) {
        this.reminderDays = reminderDays;
    }

    public Integer getProvincialCap() {
        return provincialCap;
    }

    public void setProvincialCap(Integer provincialCap) {
        this.provincialCap = provincialCap;
    }

    public Integer getNationalCap() {
        return nationalCap;
    }

    public void setNationalCap(Integer nationalCap) {
        this.nationalCap = nationalCap;
    }

    public List<QuotaRow> getQuotas() {
        return quotas;
    }
}
