package cn.gov.zj.jxt.green.interfaces.security;

import java.util.Map;
import java.util.Set;

import cn.gov.zj.jxt.green.testing.DemoAccounts;

/**
 * Who may call each endpoint of the API: the expectations of {@link EndpointAccessIT}, keyed by method and path
 * as the resource classes declare them. A caller is allowed when the endpoint is open to everyone, to everyone
 * signed in, or names the caller's account; everyone else must be refused. The accounts stand for their roles and
 * scopes (DemoIds says whose records the ids are).
 */
final class EndpointAccessTable {

    /**
     * Who may call an endpoint. {@code bodyFirst}: the runtime reads and validates the body (JSON it cannot read, a
     * multipart without its parts, Bean Validation on the body parameter) before the method runs and asks who calls,
     * so a refused caller's empty body may be answered 400 instead of 403. Such a 400 says only what was wrong with
     * what the caller sent — no record is read, no state is told — and these answers are counted apart. Every check
     * of a record's state (409) comes after the check of who asks.
     */
    record Access(boolean everyone, boolean signedIn, Set<String> accounts, boolean bodyFirst) {

        boolean allows(String caller) {
            return everyone || (signedIn && !caller.equals(EndpointAccessIT.ANONYMOUS)) || accounts.contains(caller);
        }
    }

    private static final Access PUBLIC = new Access(true, false, Set.of(), false);
    private static final Access SIGNED_IN = new Access(false, true, Set.of(), false);

    private static Access only(String... accounts) {
        return new Access(false, false, Set.of(accounts), false);
    }

    private static Access bodyFirst(String... accounts) {
        return new Access(false, false, Set.of(accounts), true);
    }

    private static final String ADMIN = DemoAccounts.ADMIN;
    private static final String SUPERVISOR = DemoAccounts.SUPERVISOR;
    private static final String PROVINCE = DemoAccounts.PROVINCE;
    private static final String HANGZHOU = DemoAccounts.HANGZHOU;
    private static final String XIHU = DemoAccounts.XIHU;
    private static final String NINGBO = DemoAccounts.NINGBO;
    private static final String APPLICANT = DemoAccounts.APPLICANT;
    private static final String PARK = DemoAccounts.NINGBO_PARK;
    private static final String INSTITUTION = DemoAccounts.INSTITUTION;
    private static final String EXPERT = DemoAccounts.EXPERT;

    private static final Map<String, Access> TABLE = Map.ofEntries(
            Map.entry("GET admin/audit", only(ADMIN, SUPERVISOR)),
            Map.entry("GET admin/audit/verification", only(ADMIN, SUPERVISOR)),
            Map.entry("POST admin/notifications", only(ADMIN)),
            Map.entry("GET batches/{year}/quotas", PUBLIC),
            Map.entry("GET health", PUBLIC),
            Map.entry("GET notices", PUBLIC),
            Map.entry("GET notices/{id}", PUBLIC),
            Map.entry("GET notices/{id}/annexes/{number}", PUBLIC),
            Map.entry("GET notices/{id}/document.docx", PUBLIC),
            Map.entry("GET notices/{id}/document.pdf", PUBLIC),
            Map.entry("GET park-reports/{code}", PUBLIC),
            Map.entry("GET park-reports/{code}/{year}.pdf", PUBLIC),
            Map.entry("GET park-targets", PUBLIC),
            Map.entry("GET park-targets/{year}", PUBLIC),
            Map.entry("GET publicity", PUBLIC),
            Map.entry("GET publicity/lists/provincial", PUBLIC),
            Map.entry("GET publicity/receipts/{code}", PUBLIC),
            Map.entry("GET publicity/{id}", PUBLIC),
            Map.entry("GET publicity/{id}/notice.pdf", PUBLIC),
            Map.entry("GET publicity/{id}/publication.pdf", PUBLIC),
            Map.entry("POST publicity/{id}/objections", PUBLIC),
            Map.entry("GET regions", PUBLIC),
            Map.entry("GET regions/{code}", PUBLIC),
            Map.entry("GET removal-announcements", PUBLIC),
            Map.entry("GET removal-announcements/{id}.docx", PUBLIC),
            Map.entry("GET removal-announcements/{id}.pdf", PUBLIC),
            Map.entry("GET reports/institutions", PUBLIC),
            Map.entry("GET reports/receipts/{code}", PUBLIC),
            Map.entry("GET transformation-plans", PUBLIC),
            Map.entry("GET pilots", PUBLIC),
            Map.entry("GET units", PUBLIC),
            Map.entry("GET units/{code}", PUBLIC),
            Map.entry("GET units/{code}/documents/{id}.pdf", PUBLIC),
            Map.entry("GET workspace/applications", only(APPLICANT, PARK)),
            Map.entry("GET workspace/applications/{id}", only(ADMIN, SUPERVISOR, PROVINCE, HANGZHOU, XIHU, APPLICANT)),
            Map.entry("PUT workspace/applications/{id}", bodyFirst(APPLICANT)),
            Map.entry("GET workspace/applications/{id}/eligibility", only(ADMIN, SUPERVISOR, PROVINCE, HANGZHOU, XIHU, APPLICANT)),
            Map.entry("GET workspace/applications/{id}/engagements", only(ADMIN, SUPERVISOR, PROVINCE, HANGZHOU, XIHU, APPLICANT)),
            Map.entry("POST workspace/applications/{id}/nominate", only(HANGZHOU)),
            Map.entry("GET workspace/applications/{id}/report", only(ADMIN, SUPERVISOR, PROVINCE, HANGZHOU, XIHU, APPLICANT)),
            Map.entry("POST workspace/applications/{id}/report", bodyFirst(APPLICANT)),
            Map.entry("POST workspace/applications/{id}/review", bodyFirst(HANGZHOU, XIHU)),
            Map.entry("POST workspace/applications/{id}/submit", bodyFirst(APPLICANT)),
            Map.entry("POST workspace/applications/{id}/withdraw-nomination", only(HANGZHOU)),
            Map.entry("GET workspace/batches", SIGNED_IN),
            Map.entry("POST workspace/batches", only(ADMIN, PROVINCE)),
            Map.entry("GET workspace/batches/{id}", SIGNED_IN),
            Map.entry("PUT workspace/batches/{id}", bodyFirst(ADMIN, PROVINCE)),
            Map.entry("GET workspace/batches/{id}/applications", only(ADMIN, SUPERVISOR, PROVINCE, HANGZHOU, XIHU, NINGBO)),
            Map.entry("POST workspace/batches/{id}/applications", only(APPLICANT, PARK)),
            Map.entry("GET workspace/batches/{id}/candidates", only(HANGZHOU, NINGBO)),
            Map.entry("GET workspace/batches/{id}/overview", SIGNED_IN),
            Map.entry("GET workspace/batches/{id}/submission", only(HANGZHOU, NINGBO)),
            Map.entry("POST workspace/batches/{id}/submission/city-list", only(HANGZHOU, NINGBO)),
            Map.entry("POST workspace/batches/{id}/submission/letter", only(HANGZHOU, NINGBO)),
            Map.entry("POST workspace/batches/{id}/submission/submit", only(HANGZHOU, NINGBO)),
            Map.entry("GET workspace/document-numbers", only(ADMIN, SUPERVISOR, PROVINCE)),
            Map.entry("POST workspace/document-numbers", only(ADMIN, PROVINCE)),
            Map.entry("POST workspace/document-numbers/series", only(ADMIN)),
            Map.entry("GET workspace/document-numbers/{id}", only(ADMIN, SUPERVISOR, PROVINCE)),
            Map.entry("POST workspace/document-numbers/{id}/void", only(ADMIN, PROVINCE)),
            Map.entry("GET workspace/document-templates", only(ADMIN, SUPERVISOR, PROVINCE)),
            Map.entry("POST workspace/document-templates/replacements/{id}/retire", only(ADMIN, PROVINCE)),
            Map.entry("GET workspace/document-templates/{format}", only(ADMIN, SUPERVISOR, PROVINCE)),
            Map.entry("POST workspace/document-templates/{format}", bodyFirst(ADMIN, PROVINCE)),
            Map.entry("GET workspace/engagements", only(INSTITUTION)),
            Map.entry("GET workspace/engagements/{id}", only(ADMIN, SUPERVISOR, PROVINCE, NINGBO, PARK, INSTITUTION)),
            Map.entry("POST workspace/engagements/{id}/accept", only(INSTITUTION)),
            Map.entry("GET workspace/engagements/{id}/caps", only(ADMIN, SUPERVISOR, PROVINCE, NINGBO, PARK, INSTITUTION)),
            Map.entry("POST workspace/engagements/{id}/decline", only(INSTITUTION)),
            Map.entry("GET workspace/engagements/{id}/signed", only(ADMIN, SUPERVISOR, PROVINCE, NINGBO, PARK, INSTITUTION)),
            Map.entry("POST workspace/engagements/{id}/signed", bodyFirst(PARK, INSTITUTION)),
            Map.entry("GET workspace/engagements/{id}/undertaking.{type}", only(ADMIN, SUPERVISOR, PROVINCE, NINGBO, PARK, INSTITUTION)),
            Map.entry("GET workspace/exclusions", only(ADMIN, SUPERVISOR, PROVINCE, HANGZHOU, XIHU, NINGBO)),
            Map.entry("POST workspace/exclusions", only(PROVINCE, HANGZHOU, NINGBO)),
            Map.entry("POST workspace/exclusions/import", bodyFirst(PROVINCE, HANGZHOU, NINGBO)),
            Map.entry("GET workspace/exclusions/in-force", bodyFirst(ADMIN, SUPERVISOR, PROVINCE, HANGZHOU, XIHU, NINGBO)),
            Map.entry("GET workspace/exclusions/template.csv", only(PROVINCE, HANGZHOU, NINGBO)),
            Map.entry("GET workspace/exclusions/{id}", only(ADMIN, SUPERVISOR, PROVINCE, HANGZHOU, XIHU, NINGBO)),
            Map.entry("GET workspace/exclusions/{id}/evidence", only(ADMIN, SUPERVISOR, PROVINCE, HANGZHOU, XIHU, NINGBO)),
            Map.entry("POST workspace/exclusions/{id}/withdraw", only(PROVINCE, HANGZHOU, NINGBO)),
            Map.entry("GET workspace/institution/affiliates", only(ADMIN, SUPERVISOR, PROVINCE, INSTITUTION)),
            Map.entry("POST workspace/institution/affiliates", only(INSTITUTION)),
            Map.entry("GET workspace/institution/affiliates/group", bodyFirst(ADMIN, SUPERVISOR, PROVINCE, INSTITUTION)),
            Map.entry("DELETE workspace/institution/affiliates/{id}", only(INSTITUTION)),
            Map.entry("GET workspace/institutions", only(ADMIN, SUPERVISOR, PROVINCE, HANGZHOU, XIHU, NINGBO, APPLICANT, PARK)),
            Map.entry("GET workspace/municipal-list", only(HANGZHOU, NINGBO)),
            Map.entry("POST workspace/municipal-list", bodyFirst(HANGZHOU, NINGBO)),
            Map.entry("GET workspace/notices", only(ADMIN, SUPERVISOR, PROVINCE)),
            Map.entry("POST workspace/notices", only(ADMIN, PROVINCE)),
            Map.entry("DELETE workspace/notices/{id}", bodyFirst(ADMIN, PROVINCE)),
            Map.entry("GET workspace/notices/{id}", only(ADMIN, SUPERVISOR, PROVINCE)),
            Map.entry("PUT workspace/notices/{id}", bodyFirst(ADMIN, PROVINCE)),
            Map.entry("POST workspace/notices/{id}/annexes", bodyFirst(ADMIN, PROVINCE)),
            Map.entry("POST workspace/notices/{id}/annexes/{number}/remove", only(ADMIN, PROVINCE)),
            Map.entry("POST workspace/notices/{id}/correct", only(ADMIN, PROVINCE)),
            Map.entry("POST workspace/notices/{id}/issue", bodyFirst(ADMIN, PROVINCE)),
            Map.entry("GET workspace/notices/{id}/preview.pdf", only(ADMIN, PROVINCE)),
            Map.entry("POST workspace/notices/{id}/publish", only(ADMIN, PROVINCE)),
            Map.entry("POST workspace/notices/{id}/tables", only(ADMIN, PROVINCE)),
            Map.entry("GET workspace/notifications", SIGNED_IN),
            Map.entry("POST workspace/notifications/{id}/read", only(APPLICANT)),
            Map.entry("GET workspace/organisations", only(ADMIN, SUPERVISOR, PROVINCE, HANGZHOU, XIHU, NINGBO, APPLICANT, PARK, INSTITUTION)),
            Map.entry("POST workspace/organisations", only(ADMIN, PROVINCE, HANGZHOU, XIHU, NINGBO)),
            Map.entry("GET workspace/organisations/{id}", only(ADMIN, SUPERVISOR, PROVINCE, HANGZHOU, XIHU, APPLICANT)),
            Map.entry("PUT workspace/organisations/{id}", only(ADMIN, PROVINCE, HANGZHOU, XIHU)),
            Map.entry("GET workspace/park-reports", only(APPLICANT, PARK)),
            Map.entry("POST workspace/park-reports/{year}", bodyFirst(PARK)),
            Map.entry("GET workspace/park-targets/{year}", only(ADMIN, PROVINCE)),
            Map.entry("PUT workspace/park-targets/{year}", only(ADMIN, PROVINCE)),
            Map.entry("GET workspace/pool", only(HANGZHOU, NINGBO)),
            Map.entry("POST workspace/pool", bodyFirst(HANGZHOU, NINGBO)),
            Map.entry("POST workspace/pool/{id}/leave", only(HANGZHOU, NINGBO)),
            Map.entry("POST workspace/publicity/batches/{batchId}", only(PROVINCE)),
            Map.entry("POST workspace/publicity/objections/{id}/decision", bodyFirst(PROVINCE)),
            Map.entry("GET workspace/publicity/objections/{id}/evidence/{position}", only(SUPERVISOR, PROVINCE)),
            Map.entry("POST workspace/publicity/{id}/conclusion", only(PROVINCE)),
            Map.entry("POST workspace/publicity/{id}/extension", only(PROVINCE)),
            Map.entry("GET workspace/publicity/{id}/objections", only(SUPERVISOR, PROVINCE)),
            Map.entry("POST workspace/publicity/{id}/publication", only(PROVINCE)),
            Map.entry("POST workspace/publicity/{id}/resumption", only(PROVINCE)),
            Map.entry("POST workspace/publicity/{id}/suspension", only(PROVINCE)),
            Map.entry("GET workspace/reports", only(SUPERVISOR, PROVINCE, HANGZHOU, NINGBO)),
            Map.entry("GET workspace/reports/{id}", only(SUPERVISOR, PROVINCE, HANGZHOU)),
            Map.entry("POST workspace/reports/{id}/assignment", only(PROVINCE, HANGZHOU)),
            Map.entry("POST workspace/reports/{id}/conclusion", only(HANGZHOU)),
            Map.entry("GET workspace/reports/{id}/evidence/{position}", only(SUPERVISOR, PROVINCE, HANGZHOU)),
            Map.entry("POST workspace/reports/{id}/follow-up", only(HANGZHOU)),
            Map.entry("GET workspace/reports/{id}/identity", only(PROVINCE, HANGZHOU)),
            Map.entry("POST workspace/reports/{id}/publication", only(PROVINCE)),
            Map.entry("POST workspace/reports/{id}/take", only(HANGZHOU)),
            Map.entry("POST workspace/reports/{id}/verification", only(HANGZHOU)),
            Map.entry("POST workspace/review/applications/{id}/draws", only(PROVINCE)),
            Map.entry("GET workspace/review/applications/{id}/panel", only(ADMIN, SUPERVISOR, PROVINCE)),
            Map.entry("GET workspace/review/applications/{id}/preliminary", only(ADMIN, SUPERVISOR, PROVINCE)),
            Map.entry("POST workspace/review/applications/{id}/preliminary", only(PROVINCE)),
            Map.entry("POST workspace/review/applications/{id}/preliminary/decision", only(PROVINCE)),
            Map.entry("PUT workspace/review/applications/{id}/preliminary/items/{code}", only(PROVINCE)),
            Map.entry("POST workspace/review/applications/{id}/proposal", bodyFirst(PROVINCE)),
            Map.entry("GET workspace/review/applications/{id}/scores", only(ADMIN, SUPERVISOR, PROVINCE)),
            Map.entry("GET workspace/review/assignments", only(EXPERT)),
            Map.entry("GET workspace/review/assignments/{id}", only(EXPERT)),
            Map.entry("POST workspace/review/assignments/{id}/decline", only(PROVINCE, EXPERT)),
            Map.entry("GET workspace/review/assignments/{id}/eligibility", only(EXPERT)),
            Map.entry("GET workspace/review/assignments/{id}/report", only(EXPERT)),
            Map.entry("GET workspace/review/assignments/{id}/score", only(EXPERT)),
            Map.entry("PUT workspace/review/assignments/{id}/score", only(EXPERT)),
            Map.entry("GET workspace/review/batches/{batchId}/inspections", only(ADMIN, SUPERVISOR, PROVINCE)),
            Map.entry("POST workspace/review/batches/{batchId}/inspections", only(PROVINCE)),
            Map.entry("GET workspace/review/batches/{batchId}/proposed", only(ADMIN, SUPERVISOR, PROVINCE)),
            Map.entry("GET workspace/review/batches/{batchId}/subjects", only(ADMIN, SUPERVISOR, PROVINCE)),
            Map.entry("GET workspace/review/draws", only(ADMIN, SUPERVISOR, PROVINCE)),
            Map.entry("GET workspace/review/draws/{id}", only(ADMIN, SUPERVISOR, PROVINCE)),
            Map.entry("GET workspace/review/draws/{id}/verification", only(ADMIN, SUPERVISOR, PROVINCE)),
            Map.entry("GET workspace/review/experts", only(ADMIN, SUPERVISOR, PROVINCE)),
            Map.entry("POST workspace/review/experts", only(PROVINCE)),
            Map.entry("PUT workspace/review/experts/{id}", bodyFirst(PROVINCE)),
            Map.entry("POST workspace/review/inspections/{id}/result", only(PROVINCE)),
            Map.entry("GET workspace/transformation-plans", only(ADMIN, SUPERVISOR, PROVINCE, HANGZHOU, XIHU, NINGBO)),
            Map.entry("GET workspace/pilot-calls", SIGNED_IN),
            // A city clerk reads a call with its own parks' applications only (none of another city's).
            Map.entry("GET workspace/pilot-calls/{id}", only(ADMIN, SUPERVISOR, PROVINCE, HANGZHOU, NINGBO)),
            Map.entry("GET workspace/pilot-calls/{id}/letter.{type}", only(ADMIN, SUPERVISOR, PROVINCE)),
            Map.entry("GET workspace/pilot-applications/{id}/files/{position}", only(ADMIN, SUPERVISOR, PROVINCE)),
            Map.entry("GET workspace/transformation-plans/own", only(APPLICANT, PARK)),
            // The province's reports to NDRC and MIIT (the demo's yearly report on 2024, DemoIds).
            Map.entry("GET workspace/transformation-summaries", only(ADMIN, SUPERVISOR, PROVINCE)),
            Map.entry("POST workspace/transformation-summaries", only(ADMIN, PROVINCE)),
            Map.entry("GET workspace/transformation-summaries/{id}/document.{type}", only(ADMIN, SUPERVISOR, PROVINCE)),
            // The demo's 湖州南太湖 plan (DemoIds): outside every city and county clerk's region here.
            Map.entry("GET workspace/transformation-plans/{id}", only(ADMIN, SUPERVISOR, PROVINCE)),
            Map.entry("GET workspace/submissions/{id}", only(ADMIN, SUPERVISOR, PROVINCE, HANGZHOU)),
            Map.entry("GET workspace/submissions/{id}/letter.{type}", only(ADMIN, SUPERVISOR, PROVINCE, HANGZHOU)),
            Map.entry("POST workspace/submissions/{id}/return", only(PROVINCE)));

    /**
     * Bodies that an allowed caller's write is sent with instead of {@code {}}, where {@code {}} would be accepted
     * and change something.
     */
    private static final Map<String, String> BODIES = Map.of(
            "POST workspace/document-numbers/series", "{\"year\":-1,\"lastIssuedBefore\":-1}");

    /**
     * Endpoints that answer a record that does not exist like one that is not the caller's (403), so that an
     * expert cannot tell others' assignments from none: an allowed caller's write to a missing id may get 403.
     */
    private static final Set<String> MISSING_AS_FORBIDDEN = Set.of(
            "PUT workspace/review/assignments/{id}/score");

    private EndpointAccessTable() {
    }

    static Access of(String key) {
        return TABLE.get(key);
    }

    static boolean missingAsForbidden(String key) {
        return MISSING_AS_FORBIDDEN.contains(key);
    }

    static String body(String key) {
        return BODIES.getOrDefault(key, "{}");
    }
}
