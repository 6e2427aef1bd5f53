package cn.gov.zj.jxt.green.interfaces.shared.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationRepository;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import cn.gov.zj.jxt.green.application.notification.NotificationService;
import cn.gov.zj.jxt.green.application.shared.Actor;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.domain.model.account.Role;

/**
 * The public sections and the workspace menu of the signed-in actor (what their role may open), with the entry the
 * page shown belongs to marked as current.
 */
@Named
@RequestScoped
public class Navigation {

    /** One menu entry: a bundle key, the page, a PrimeIcons icon. */
    public record Item(String labelKey, String href, String icon) {
    }

    @Inject
    CurrentActor currentActor;

    @Inject
    NotificationService notifications;

    @Inject
    OrganisationRepository organisations;

    /** The public sections, in the order of the bar below the header. */
    static final List<Item> PUBLIC = List.of(
            new Item("nav.notices", "/notices.xhtml", null),
            new Item("nav.publicity", "/publicity.xhtml", null),
            new Item("nav.lists", "/units.xhtml", null),
            new Item("nav.reports", "/reports.xhtml", null),
            new Item("nav.parkTargets", "/park-targets.xhtml", null),
            // circular transformation plans (seed 001)
            new Item("nav.transformationPlans", "/transformation-plans.xhtml", null),
            // national low-carbon industrial park pilots (seed 002)
            new Item("nav.pilots", "/pilots.xhtml", null),
            new Item("nav.openData", "/open-data.xhtml", null));

    /** Pages that belong to a section whose address does not contain theirs: a notice, the provincial list. */
    private static final Map<String, String> SECTION_OF = Map.of(
            "/notice.xhtml", "/notices.xhtml",
            "/lists.xhtml", "/units.xhtml");

    private List<Item> workspace;
    private Optional<String> currentHref;
    private Long unreadNotifications;

    public Actor getActor() {
        return currentActor.get();
    }

    /** May register and change organisations (within scope). */
    public boolean isOrganisationClerk() {
        return currentActor.get().is(Role.ADMIN, Role.PROVINCE_CLERK, Role.CITY_CLERK, Role.COUNTY_CLERK);
    }

    /** May issue and void document numbers. */
    public boolean isDocumentIssuer() {
        return currentActor.get().is(Role.ADMIN, Role.PROVINCE_CLERK);
    }

    /** The signed-in person's unread notifications, for the layout's badge; counted once per request. */
    public long getUnreadNotifications() {
        if (unreadNotifications == null) {
            Actor actor = currentActor.get();
            unreadNotifications = actor.isSignedIn() ? notifications.unreadCount(actor) : 0L;
        }
        return unreadNotifications;
    }

    /** May open, change and conclude publicity periods and decide objections; the supervisor only reads them. */
    public boolean isPublicityClerk() {
        return currentActor.get().is(Role.PROVINCE_CLERK);
    }

    /** May record, import and withdraw entries of the exclusion register. */
    public boolean isExclusionClerk() {
        return currentActor.get().is(Role.PROVINCE_CLERK, Role.CITY_CLERK);
    }

    public List<Item> getPublicSections() {
        return PUBLIC;
    }

    /**
     * The value of aria-current for a menu entry: "page" on the entry's own page, "true" on a page within its section
     * (a notice under the notices, an edit page under its list), otherwise null, which leaves the attribute out.
     */
    public String current(Item item) {
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        if (currentHref == null) {
            currentHref = currentOf(viewId,
                    Stream.concat(PUBLIC.stream(), getWorkspace().stream()).map(Item::href).toList());
        }
        if (currentHref.filter(item.href()::equals).isEmpty()) {
            return null;
        }
        return path(item.href()).equals(viewId) ? "page" : "true";
    }

    /** The entry for {@code viewId}: the one with that very page, else the one whose section holds it most narrowly. */
    static Optional<String> currentOf(String viewId, List<String> hrefs) {
        String view = SECTION_OF.getOrDefault(viewId, viewId);
        Optional<String> exact = hrefs.stream().filter(href -> path(href).equals(view)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        return hrefs.stream().filter(href -> !section(href).equals("/workspace/") && view.startsWith(section(href)))
                .max(Comparator.comparingInt(href -> section(href).length()));
    }

    /** The folder a menu entry stands for: /workspace/notices/ for its index, /publicity/ for /publicity.xhtml. */
    private static String section(String href) {
        String path = path(href);
        return path.endsWith("/index.xhtml") ? path.substring(0, path.length() - "index.xhtml".length())
                : path.substring(0, path.length() - ".xhtml".length()) + "/";
    }

    private static String path(String href) {
        int query = href.indexOf('?');
        return query < 0 ? href : href.substring(0, query);
    }

    public List<Item> getWorkspace() {
        if (workspace == null) {
            workspace = itemsFor(currentActor.get());
            if (actsForPark(currentActor.get())) {
                // After the yearly dynamic form: the park's other yearly duty (seed 000 §三(一)4).
                workspace.add(workspace.size() - 1, new Item("menu.parkReports", "/workspace/park-reports/index.xhtml",
                        "pi pi-file-pdf"));
            }
        }
        return workspace;
    }

    /** A park's management body: an applicant account of a park, which publishes the park's yearly report. */
    private boolean actsForPark(Actor actor) {
        return actor.is(Role.APPLICANT) && actor.organisationId() != null && organisations.find(actor.organisationId())
                .filter(o -> o.getType() == OrganisationType.PARK).isPresent();
    }

    static List<Item> itemsFor(Actor actor) {
        List<Item> items = new ArrayList<>();
        if (!actor.isSignedIn()) {
            return items;
        }
        items.add(new Item("menu.workspace", "/workspace/index.xhtml", "pi pi-home"));
        if (actor.is(Role.COUNTY_CLERK, Role.CITY_CLERK, Role.PROVINCE_CLERK, Role.SUPERVISOR, Role.ADMIN)) {
            items.add(new Item("menu.organisations", "/workspace/organisations/index.xhtml", "pi pi-building"));
        }
        if (actor.is(Role.APPLICANT, Role.INSTITUTION) && actor.organisationId() != null) {
            items.add(new Item("menu.ownOrganisation",
                    "/workspace/organisations/view.xhtml?id=" + actor.organisationId(), "pi pi-id-card"));
        }
        if (actor.is(Role.INSTITUTION) && actor.organisationId() != null) {
            items.add(new Item("menu.institutionAffiliates", "/workspace/institution/affiliates.xhtml",
                    "pi pi-sitemap"));
        }
        if (actor.is(Role.APPLICANT) && actor.organisationId() != null) {
            items.add(new Item("menu.applications", "/workspace/applications/index.xhtml", "pi pi-file-edit"));
        }
        if (actor.is(Role.INSTITUTION) && actor.organisationId() != null) {
            items.add(new Item("menu.engagements", "/workspace/engagements/index.xhtml", "pi pi-briefcase"));
        }
        if (actor.is(Role.COUNTY_CLERK, Role.CITY_CLERK)) {
            items.add(new Item("menu.reviews", "/workspace/reviews/index.xhtml", "pi pi-check-square"));
        }
        if (actor.is(Role.PROVINCE_CLERK, Role.SUPERVISOR, Role.ADMIN)) {
            items.add(new Item("menu.notices", "/workspace/notices/index.xhtml", "pi pi-megaphone"));
            items.add(new Item("menu.documentRegister", "/workspace/documents/register.xhtml", "pi pi-book"));
            items.add(new Item("menu.templates", "/workspace/documents/templates.xhtml", "pi pi-file-word"));
        }
        if (actor.is(Role.PROVINCE_CLERK, Role.SUPERVISOR, Role.ADMIN)) {
            items.add(new Item("menu.batches", "/workspace/batches/index.xhtml", "pi pi-calendar"));
        }
        if (actor.is(Role.PROVINCE_CLERK, Role.ADMIN)) {
            items.add(new Item("menu.parkTargets", "/workspace/park-targets/edit.xhtml", "pi pi-flag-fill"));
        }
        // Circular transformation plans (seed 001): a park files its own (the page tells any other applicant it files
        // none); the clerks read their parks' plans and the province decides.
        if (actor.is(Role.APPLICANT) && actor.organisationId() != null) {
            items.add(new Item("menu.transformationPlan", "/workspace/transformation-plans/edit.xhtml", "pi pi-sync"));
            items.add(new Item("menu.progressReport", "/workspace/progress-reports/edit.xhtml", "pi pi-chart-line"));
        }
        if (actor.is(Role.COUNTY_CLERK, Role.CITY_CLERK, Role.PROVINCE_CLERK, Role.SUPERVISOR, Role.ADMIN)) {
            items.add(new Item("menu.transformationPlans", "/workspace/transformation-plans/index.xhtml",
                    "pi pi-sync"));
            items.add(new Item("menu.progressReports", "/workspace/progress-reports/index.xhtml",
                    "pi pi-chart-line"));
        }
        // Low-carbon park pilots (seed 002): the province runs the calls; a park applies to an open one; a city clerk
        // reads its parks' applications.
        if (actor.is(Role.PROVINCE_CLERK, Role.SUPERVISOR, Role.ADMIN, Role.CITY_CLERK)
                || (actor.is(Role.APPLICANT) && actor.organisationId() != null)) {
            items.add(new Item("menu.pilots", "/workspace/pilots/index.xhtml", "pi pi-bolt"));
        }
        if (actor.is(Role.PROVINCE_CLERK, Role.SUPERVISOR, Role.ADMIN)) {
            items.add(new Item("menu.review", "/workspace/review/index.xhtml", "pi pi-check-square"));
            items.add(new Item("menu.reviewExperts", "/workspace/review/experts.xhtml", "pi pi-users"));
            items.add(new Item("menu.reviewDraws", "/workspace/review/draws.xhtml", "pi pi-eye"));
        }
        // Objections carry personal data: the clerks who handle them and the discipline office, not administrators.
        if (actor.is(Role.PROVINCE_CLERK, Role.SUPERVISOR)) {
            items.add(new Item("menu.publicity", "/workspace/publicity/index.xhtml", "pi pi-megaphone"));
        }
        if (actor.is(Role.EXPERT)) {
            items.add(new Item("menu.expertAssignments", "/workspace/expert/index.xhtml", "pi pi-star"));
        }
        if (actor.is(Role.CITY_CLERK)) {
            items.add(new Item("menu.nomination", "/workspace/nomination/index.xhtml", "pi pi-send"));
            items.add(new Item("menu.pool", "/workspace/nomination/pool.xhtml", "pi pi-sitemap"));
        }
        if (actor.is(Role.APPLICANT) && actor.organisationId() != null) {
            items.add(new Item("menu.dynamicForm", "/workspace/dynamic/unit.xhtml", "pi pi-chart-line"));
        }
        if (actor.is(Role.CITY_CLERK)) {
            items.add(new Item("menu.dynamicCity", "/workspace/dynamic/city.xhtml", "pi pi-sync"));
        }
        if (actor.is(Role.PROVINCE_CLERK, Role.SUPERVISOR, Role.ADMIN)) {
            items.add(new Item("menu.removals", "/workspace/dynamic/removals.xhtml", "pi pi-minus-circle"));
        }
        // Named reports carry personal data: the cities that handle them, the province and the discipline office.
        if (actor.is(Role.CITY_CLERK, Role.PROVINCE_CLERK, Role.SUPERVISOR)) {
            items.add(new Item("menu.reports", "/workspace/reports/index.xhtml", "pi pi-flag"));
        }
        if (actor.is(Role.PROVINCE_CLERK, Role.CITY_CLERK, Role.COUNTY_CLERK, Role.SUPERVISOR, Role.ADMIN)) {
            items.add(new Item("menu.exclusions", "/workspace/exclusions/index.xhtml", "pi pi-ban"));
        }
        if (actor.is(Role.ADMIN, Role.SUPERVISOR)) {
            items.add(new Item("menu.accounts", "/admin/accounts/index.xhtml", "pi pi-users"));
            items.add(new Item("menu.audit", "/admin/audit/index.xhtml", "pi pi-shield"));
        }
        items.add(new Item("menu.password", "/workspace/password.xhtml", "pi pi-key"));
        return items;
    }
}
