package cn.gov.zj.jxt.green.interfaces.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zj.jxt.green.testing.Browser;
import cn.gov.zj.jxt.green.testing.DemoAccounts;
import cn.gov.zj.jxt.green.testing.Deployments;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Pages that fit, measured in the browser: at 1366 px no table cell cuts off what it holds; at 390 px a table keeps
 * its columns and scrolls sideways in its box, and the registry's filters fold under their toggle; the navigation
 * marks the page shown; the supervisor, who only reads, is offered no form that the services would refuse.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LayoutBrowserIT {

    private static final Path PICTURES = Path.of("target", "layout");

    /** Cells whose content is wider than the cell (cut off by the table's overflow), as "text (scroll > client)". */
    private static final String CLIPPED_CELLS = """
            return Array.from(document.querySelectorAll('main td, main th'))
                .filter(c => c.offsetParent !== null && c.scrollWidth > c.clientWidth + 1)
                .map(c => c.innerText.trim().substring(0, 40) + ' (' + c.scrollWidth + ' > ' + c.clientWidth + ')');
            """;

    @Deployment
    static WebArchive portal() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private ChromeDriver browser;

    @BeforeEach
    void open() {
        browser = Browser.start();
    }

    @AfterEach
    void close() {
        browser.quit();
    }

    @Test
    void theRegistryFitsADesktopAndScrollsItsTableOnAPhoneWithTheFiltersFolded() {
        Browser.resize(browser, 1366, 900);
        browser.get(base + "units.xhtml");
        assertEquals(List.of(), clippedCells(), "cells cut off at 1366 px");
        assertEquals("名单查询", browser.findElement(By.cssSelector("nav.public-nav a[aria-current='page']")).getText());
        assertTrue(browser.findElement(By.id("filters")).isDisplayed(), "the filters are open on a desktop");
        Browser.screenshot(browser, PICTURES, "units-1366");

        Browser.resize(browser, 390, 844);
        browser.get(base + "units.xhtml");
        assertFalse(browser.findElement(By.id("filters")).isDisplayed(), "the filters fold away on a phone");
        WebElement wrapper = browser.findElement(By.cssSelector("#registry .table-scroll"));
        long scrollWidth = (Long) browser.executeScript("return arguments[0].scrollWidth;", wrapper);
        long clientWidth = (Long) browser.executeScript("return arguments[0].clientWidth;", wrapper);
        assertTrue(scrollWidth > clientWidth, "the table scrolls sideways: " + scrollWidth + " > " + clientWidth);
        assertTrue(clientWidth <= 390, "the table's box stays within the phone's width: " + clientWidth);
        assertEquals(List.of(), clippedCells(), "cells cut off at 390 px");
        Browser.screenshot(browser, PICTURES, "units-390");

        browser.findElement(By.id("filterToggle")).click();
        assertTrue(browser.findElement(By.id("filters")).isDisplayed(), "the toggle unfolds the filters");
        Browser.screenshot(browser, PICTURES, "units-390-filters");

        // After a search the list comes first, the filters folded away again.
        browser.get(base + "units.xhtml?status=REMOVED");
        assertFalse(browser.findElement(By.id("filters")).isDisplayed(), "the list first after a search");

        // A page within a section marks its section, not as the page itself.
        browser.findElement(By.cssSelector("a.unit-name")).click();
        Browser.await(browser, ExpectedConditions.urlContains("units/view.xhtml"));
        assertEquals("true", browser.findElement(By.cssSelector("nav.public-nav a[aria-current]"))
                .getAttribute("aria-current"));
    }

    @Test
    void theCitysNominationPageCutsNothingOffAndMarksItsMenuEntry() {
        Browser.resize(browser, 1366, 900);
        Browser.signIn(browser, base, DemoAccounts.HANGZHOU);
        browser.get(base + "workspace/nomination/index.xhtml");
        assertEquals(List.of(), clippedCells(), "cells cut off at 1366 px on the batches to choose from");
        assertEquals("本市推荐", browser.findElement(By.cssSelector("#workspaceMenu a[aria-current='page']")).getText());
        List<String> batches = hrefs("a[id$='choose']");
        assertFalse(batches.isEmpty(), "the demo's batches");
        for (int width : new int[] {1366, 390}) {
            Browser.resize(browser, width, 900);
            for (String batch : batches) {
                browser.get(batch);
                Browser.await(browser, ExpectedConditions.presenceOfElementLocated(By.id("candidates:table")));
                assertEquals(List.of(), clippedCells(), "cells cut off at " + width + " px on " + batch);
                Browser.screenshot(browser, PICTURES,
                        "nomination-" + width + "-" + batch.substring(batch.lastIndexOf('=') + 1));
            }
        }
    }

    @Test
    void theSupervisorReadsPublicityAndBatchesWithoutFormsToChangeThem() {
        Browser.resize(browser, 1366, 900);
        Browser.signIn(browser, base, DemoAccounts.SUPERVISOR);
        browser.get(base + "workspace/publicity/index.xhtml");
        assertTrue(browser.findElements(By.id("publish")).isEmpty(), "no form to open a publicity period");
        assertEquals("公示与联合发文", browser.findElement(By.cssSelector("#workspaceMenu a[aria-current='page']")).getText());
        Browser.screenshot(browser, PICTURES, "supervisor-publicity");
        browser.get(base + "workspace/batches/index.xhtml");
        assertTrue(browser.findElements(By.id("open")).isEmpty()
                && browser.findElements(By.cssSelector("a[id$='edit']")).isEmpty(), "no batch to create or edit");
        for (String batch : hrefs("a[id$='view']")) {
            browser.get(batch);
            assertTrue(browser.findElements(By.cssSelector("#edit, [id$=':return']")).isEmpty(),
                    "neither edit nor return on a batch the supervisor reads: " + batch);
            assertEquals(List.of(), clippedCells(), "cells cut off at 1366 px (the nomination letters) on " + batch);
            Browser.screenshot(browser, PICTURES, "supervisor-batch-" + batch.substring(batch.lastIndexOf('=') + 1));
        }

        // The province's clerk, who may, is offered the form.
        Browser.signOut(browser);
        Browser.signIn(browser, base, DemoAccounts.PROVINCE);
        browser.get(base + "workspace/publicity/index.xhtml");
        assertTrue(browser.findElement(By.id("publish")).isDisplayed(), "the clerk's form to open a period");
    }

    private List<String> hrefs(String links) {
        return browser.findElements(By.cssSelector(links)).stream().map(a -> a.getAttribute("href")).toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> clippedCells() {
        Browser.awaitAjax(browser);
        return (List<String>) browser.executeScript(CLIPPED_CELLS);
    }
}
