package cn.gov.zj.jxt.green.testing;

import cn.gov.zj.jxt.green.application.account.AccountService;
import cn.gov.zj.jxt.green.application.organisation.OrganisationService;
import cn.gov.zj.jxt.green.application.shared.CurrentActor;
import cn.gov.zj.jxt.green.domain.model.account.Account;
import cn.gov.zj.jxt.green.domain.model.account.Role;
import cn.gov.zj.jxt.green.domain.model.organisation.CreditCode;
import cn.gov.zj.jxt.green.domain.model.organisation.Organisation;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationRepository;
import cn.gov.zj.jxt.green.domain.model.organisation.OrganisationType;
import cn.gov.zj.jxt.green.domain.model.region.Region;
import cn.gov.zj.jxt.green.domain.model.region.RegionRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Creates, from outside, the people a browser walk needs and nothing else: an organisation with an account of its
 * own, or an account alone, registered through the services as an administrator would. Everything these people
 * then do goes through the pages. Exists only in the test deployment; every account has the demo
 * password.
 */
@Path("test-support/people")
@RequestScoped
public class PeopleSupport {

    @Inject
    CurrentActor currentActor;

    @Inject
    RegionRepository regions;

    @Inject
    OrganisationService organisations;

    @Inject
    AccountService accounts;

    @Inject
    OrganisationRepository registered;

    /** An enterprise in {@code region} (a county's code) with an APPLICANT account; its username and credit code. */
    @POST
    @Path("applicant")
    @Produces(MediaType.APPLICATION_JSON)
    public String applicant(@QueryParam("region") String regionCode, @QueryParam("name") String name) {
        return currentActor.runAsSystem(() -> {
            Region region = regions.find(regionCode).orElseThrow();
            String first17 = "91" + region.getCode() + "MA" + String.format("%07d",
                    ThreadLocalRandom.current().nextInt(10_000_000));
            Organisation organisation = new Organisation();
            organisation.setType(OrganisationType.ENTERPRISE);
            organisation.setName(name);
            organisation.setCreditCode(first17 + CreditCode.checkCharacter(first17));
            organisation.setRegion(region);
            organisation.setAddress(region.getFullName() + "绿色大道1号");
            organisation.setLegalRepresentative("陈立");
            organisation.setContactName("林晓");
            organisation.setContactPhone("0571-86000000");
            organisation = organisations.register(organisation);
            Account account = account(Role.APPLICANT, "企业联系人 林晓");
            account.setOrganisation(organisation);
            accounts.create(account, DemoAccounts.PASSWORD);
            return Json.createObjectBuilder().add("username", account.getUsername())
                    .add("organisationId", organisation.getId()).add("creditCode", organisation.getCreditCode())
                    .build().toString();
        });
    }

    /**
     * An APPLICANT account of an organisation already registered (a demo park that has none, say), as its management
     * body's contact would be given one; its username.
     */
    @POST
    @Path("member")
    public String member(@QueryParam("creditCode") String creditCode) {
        return currentActor.runAsSystem(() -> {
            Account account = account(Role.APPLICANT, "园区联系人 林晓");
            account.setOrganisation(registered.findByCreditCode(creditCode).orElseThrow());
            accounts.create(account, DemoAccounts.PASSWORD);
            return account.getUsername();
        });
    }

    /** An EXPERT account, to be linked to an expert of the pool by the provincial clerk; its username. */
    @POST
    @Path("expert")
    public String expert(@QueryParam("name") String name) {
        return currentActor.runAsSystem(() -> {
            Account account = account(Role.EXPERT, name);
            accounts.create(account, DemoAccounts.PASSWORD);
            return account.getUsername();
        });
    }

    private static Account account(Role role, String displayName) {
        Account account = new Account();
        account.setUsername("walk-" + role.name().toLowerCase().replace('_', '-') + "-"
                + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36));
        account.setDisplayName(displayName);
        account.setRole(role);
        account.setEmail(account.getUsername() + "@green-portal.example");
        return account;
    }
}
