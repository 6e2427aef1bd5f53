package cn.gov.zj.jxt.green.testing;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What a person does on the portal's pages, over and over, in the browser tests that walk a whole cycle: confirm a
 * dialog, type a date or a number, choose in a PrimeFaces menu, wait for a text, read an id from the address.
 */
public final class PageWalk {

    private final ChromeDriver browser;
    private final URL base;

    public PageWalk(ChromeDriver browser, URL base) {
        this.browser = browser;
        this.base = base;
    }

    public ChromeDriver browser() {
        return browser;
    }

    public URL base() {
        return base;
    }

    public void confirm() {
        Browser.await(browser, ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                .click();
    }

    /** Typed into the date field as a person would paste it; the calendar pop-up would only cover the form. */
    public void setDate(String inputId, LocalDate date) {
        browser.executeScript("document.getElementById(arguments[0]).value = arguments[1];", inputId,
                date.toString());
    }

    /** Chooses in a PrimeFaces menu through its own widget, as a click on its panel can be lost in a re-render. */
    public void selectInMenu(String id, String value) {
        browser.executeScript("PrimeFaces.widgets['widget_' + arguments[0].replace(/:/g, '_')].selectValue(arguments[1]);",
                id, value);
        Browser.awaitAjax(browser);
    }

    public void scrollTo(By locator) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'start'})", browser.findElement(locator));
    }

    public void setNumber(String inputId, String value) {
        WebElement input = browser.findElement(By.id(inputId));
        input.clear();
        input.sendKeys(value);
    }

    public void waitForText(By locator, String text) {
        Browser.await(browser, ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    public static long idIn(String url) {
        return Long.parseLong(url.replaceAll(".*[?&](?:id|batch)=(\\d+).*", "$1"));
    }

    public static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** A text as a query parameter. */
    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
