package org.voarchive.war;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.json.Json;
import org.w3c.dom.Document;

/**
 * The search page at {@code /search.html} in real headless chromium, on an ingested night: what it shows
 * is checked against {@code /search} over HTTP and against PostgreSQL along a person's path through it
 * (from the landing page, select a facet with the keyboard, narrow a range, read the ADQL and run it
 * through TAP, fetch a product and its DataLink document, open a preview, go back) with no script errors
 * on the way; a bookmarked selection and a bad one.
 */
@ExtendWith(ArquillianExtension.class)
class SearchPageIT extends DeployedArchiveTestCase {

    private static final Json JSON = new Json();
    private static HeadlessChromium browser;

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive archive() throws Exception {
        return withIngestedNight(23, 12, "");
    }

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void narrowsWithFacetsShowsTheAdqlAndOpensAProduct() throws Exception {
        browser.driver.get(local(base).toString());
        browser.driver.findElement(By.linkText("faceted search")).click();
        settle();
        assertTrue(browser.driver.getCurrentUrl().endsWith("/search.html"), "the landing page leads to the search page");
        Map<String, Object> all = search("q=");
        long everything = count("SELECT count(*) FROM ivoa.obscore WHERE obs_release_date <= now()");
        assertTrue(everything > 0, "the ingested night published products");
        assertEquals(everything, number(all.get("total")), "/search counts what ObsCore holds");
        assertEquals(everything, shownTotal(), "the page shows the total");
        assertEquals(Math.min(everything, 25), rows().size(), "the first page of results");
        long uvesInAll = facetCount(all, "instrument", "UVES");
        assertTrue(uvesInAll > 0 && uvesInAll < everything, "the night holds UVES and other products: " + all.get("facets"));
        assertEquals(uvesInAll, shownCount("instrument", "UVES"), "the facet panel shows the count /search gives");
        assertThumbnailsAndSkyPlot(all);
        saveScreenshot("search-page.png");

        // a facet value, chosen with the keyboard
        browser.driver.findElement(By.cssSelector("input[data-facet='instrument'][value='UVES']")).sendKeys(Keys.SPACE);
        settle();
        assertTrue(browser.driver.getCurrentUrl().contains("instrument=UVES"), "the URL keeps the selection");
        Map<String, Object> uves = search("instrument=UVES");
        long uvesInDb = count("SELECT count(*) FROM ivoa.obscore WHERE obs_release_date <= now() AND instrument_name = 'UVES'");
        assertEquals(uvesInDb, number(uves.get("total")));
        assertEquals(uvesInDb, shownTotal(), "the total follows the facet");
        for (WebElement row : rows()) {
            assertEquals("UVES", row.findElements(By.tagName("td")).get(2).getText(), "only UVES results");
        }
        for (Map<String, Object> other : values(all, "instrument")) {
            String value = (String) other.get("value");
            if (!value.equals("UVES")) {
                long count = shownCount("instrument", value);
                assertTrue(count > 0, "drill-sideways: " + value + " still shows a count");
                assertEquals(facetCount(uves, "instrument", value), count, value);
            }
        }

        // a range: signal-to-noise at least a value that only some UVES products reach
        double threshold = middleSnr();
        WebElement snrMin = browser.driver.findElement(By.id("r-snr-min"));
        snrMin.clear();
        snrMin.sendKeys(Double.toString(threshold), Keys.ENTER);
        settle();
        Map<String, Object> bright = search("instrument=UVES&snr=" + threshold + "..");
        long brightInDb = count("SELECT count(*) FROM ivoa.obscore WHERE obs_release_date <= now() "
                + "AND instrument_name = 'UVES' AND snr >= " + threshold);
        assertEquals(brightInDb, number(bright.get("total")));
        assertEquals(brightInDb, shownTotal(), "the total follows the range");
        assertTrue(brightInDb > 0 && brightInDb < uvesInDb, "the range narrowed the selection");

        // the ADQL of the selection, and TAP running it to the same rows
        browser.driver.findElement(By.cssSelector("#adql-panel summary")).click();
        WebElement adql = browser.driver.findElement(By.id("adql"));
        assertTrue(adql.isDisplayed(), "the ADQL view opens");
        assertEquals(withoutNow((String) bright.get("adql")), withoutNow(adql.getText().strip()),
                "the page shows the ADQL of the selection");
        assertTrue(adql.getText().toLowerCase().contains("ivoa.obscore"), adql.getText());
        String tap = browser.driver.findElement(By.id("tap-link")).getAttribute("href");
        assertEquals(withoutNow((String) bright.get("tap")), withoutNow(tap), "the link runs the ADQL through TAP");
        HttpResponse<String> votable = HTTP.send(HttpRequest.newBuilder(URI.create(tap))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, votable.statusCode(), votable.body());
        Document table = DalResponses.parse(votable.body());
        assertEquals(brightInDb, table.getElementsByTagNameNS("*", "TR").getLength(), "TAP runs the ADQL to the same rows");

        // a product: its file and its DataLink document
        WebElement first = rows().get(0);
        String download = first.findElement(By.cssSelector("a.download")).getAttribute("href");
        HttpResponse<byte[]> fits = HTTP.send(HttpRequest.newBuilder(URI.create(download))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, fits.statusCode());
        assertEquals("SIMPLE", new String(fits.body(), 0, 6, StandardCharsets.US_ASCII), "the download is FITS");
        String id = first.getAttribute("data-id");
        HttpResponse<String> links = HTTP.send(HttpRequest.newBuilder(URI.create(
                first.findElement(By.cssSelector("a.datalink")).getAttribute("href")))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, links.statusCode(), links.body());
        assertTrue(links.body().contains("VOTABLE") && links.body().contains(id) && links.body().contains("#preview"),
                "the DataLink document of " + id + ":\n" + links.body());
        assertEquals(List.of(), pageErrors(), "no script errors or failed loads on the page");

        // a person follows the preview of a result (the DataLink document is a download for browsers)
        WebElement thumb = browser.driver.findElement(By.cssSelector("#rows a.thumb"));
        String preview = thumb.getAttribute("href");
        thumb.click();
        browser.await("return document.readyState === 'complete' && document.contentType === 'image/png'",
                "the preview opens as an image");
        assertEquals(preview, browser.driver.getCurrentUrl());

        // back to the page, and back once more to the selection before the range
        browser.driver.navigate().back();
        settle();
        assertEquals(brightInDb, shownTotal(), "back returns to the selection");
        browser.driver.navigate().back();
        settle();
        assertEquals(uvesInDb, shownTotal(), "back undoes the range");
        assertEquals("", browser.driver.findElement(By.id("r-snr-min")).getAttribute("value"));
        assertEquals(List.of(), pageErrors(), "no script errors or failed loads");
    }

    @Test
    void aBookmarkedSelectionLoadsAndABadOneSaysWhatIsWrong() throws Exception {
        open("search.html?type=spectrum&covers=656.28&sort=snr:desc");
        Map<String, Object> halpha = search("type=spectrum&covers=656.28&sort=snr:desc");
        assertEquals(number(halpha.get("total")), shownTotal(), "a bookmarked selection shows its results");
        assertTrue(browser.driver.findElement(By.cssSelector("input[data-facet='type'][value='spectrum']")).isSelected());
        assertEquals("656.28", browser.driver.findElement(By.id("covers")).getAttribute("value"));
        assertEquals("snr", browser.driver.findElement(By.id("sort")).getAttribute("value"));
        assertEquals(List.of(), pageErrors(), "no script errors or failed loads");

        open("search.html?snr=lots");
        HttpResponse<String> bad = get(base, "search?snr=lots", null);
        assertEquals(400, bad.statusCode(), bad.body());
        Map<String, Object> refusal = JSON.toType(bad.body(), Json.MAP_TYPE);
        String message = (String) refusal.get("error");
        WebElement error = browser.driver.findElement(By.id("error"));
        assertTrue(error.isDisplayed(), "the API's error is shown, not swallowed");
        assertEquals(message, error.getText());
        assertEquals("error", browser.script("return document.body.dataset.state"));
        for (String logged : browser.consoleErrors()) {
            assertTrue(logged.contains("400"), "only the refused request is logged: " + logged);
        }
    }

    // ---------- the page ----------

    private void open(String path) throws Exception {
        browser.driver.get(local(base).resolve(path).toString());
        settle();
    }

    /** Waits until the page shows the answer to the search its address describes. */
    private void settle() {
        try {
            browser.await("const b = document.body; const q = new URLSearchParams(location.search).toString() || 'q=';"
                    + "return b.dataset.state !== 'loading' && b.dataset.query === q;", "the page answered its search");
        } catch (TimeoutException e) {
            throw new AssertionError("the page did not show the answer to its search: at " + browser.driver.getCurrentUrl()
                    + ", state " + browser.script("return JSON.stringify(document.body.dataset)")
                    + ", console " + browser.consoleErrors() + ", page:\n" + browser.driver.getPageSource(), e);
        }
    }

    /**
     * The console's errors, but for the /favicon.ico that chromium asks of pages without an icon (the
     * landing page, a preview image); the search page names its own.
     */
    private static List<String> pageErrors() {
        return browser.consoleErrors().stream().filter(e -> !e.contains("/favicon.ico")).toList();
    }

    private long shownTotal() {
        return Long.parseLong(browser.driver.findElement(By.id("total")).getAttribute("data-total"));
    }

    private long shownCount(String facet, String value) {
        return Long.parseLong(browser.driver.findElement(By.xpath("//input[@data-facet='" + facet + "' and @value='"
                + value + "']/following-sibling::label/span[@class='count']")).getAttribute("data-count"));
    }

    private List<WebElement> rows() {
        return browser.driver.findElements(By.cssSelector("#rows tr[data-id]"));
    }

    private void assertThumbnailsAndSkyPlot(Map<String, Object> answer) throws Exception {
        List<Map<String, Object>> results = list(answer.get("results"));
        long withPreview = results.stream().filter(r -> r.get("preview") != null).count();
        assertTrue(withPreview > 0, "products have #preview images");
        assertEquals(withPreview, browser.driver.findElements(By.cssSelector("#rows img")).size());
        browser.await("const imgs = [...document.querySelectorAll('#rows img')].slice(0, 3);"
                + "return imgs.every(i => i.complete);", "the first thumbnails loaded");
        assertEquals(Boolean.TRUE, browser.script("return [...document.querySelectorAll('#rows img')].slice(0, 3)"
                + ".every(i => i.naturalWidth > 0)"), "thumbnails are images");
        long placed = results.stream().filter(r -> r.get("ra") != null && r.get("dec") != null).count();
        List<WebElement> dots = browser.driver.findElements(By.cssSelector("#sky circle.dot"));
        assertEquals(placed, dots.size(), "the sky plot shows the results on the page");
        new Actions(browser.driver).moveToElement(dots.get(0)).perform();
        WebElement tip = browser.driver.findElement(By.id("tooltip"));
        assertTrue(tip.isDisplayed(), "hovering a point shows what it is");
        String target = (String) results.get(Integer.parseInt(dots.get(0).getAttribute("data-index"))).get("target");
        assertTrue(tip.getText().contains(target), tip.getText() + " names " + target);
    }

    private void saveScreenshot(String name) throws Exception {
        Path file = Path.of("target", name);
        Files.write(file, browser.driver.getScreenshotAs(OutputType.BYTES));
    }

    // ---------- the API and the database ----------

    private Map<String, Object> search(String query) throws Exception {
        HttpResponse<String> r = get(base, "search?" + query, "application/json");
        assertEquals(200, r.statusCode(), r.body());
        return JSON.toType(r.body(), Json.MAP_TYPE);
    }

    private double middleSnr() throws Exception {
        List<Map<String, Object>> results = list(search("instrument=UVES&sort=snr:desc&limit=500").get("results"));
        List<Double> snrs = results.stream().filter(r -> r.get("snr") != null)
                .map(r -> ((Number) r.get("snr")).doubleValue()).distinct().toList();
        assertTrue(snrs.size() >= 2, "UVES products with different signal-to-noise: " + snrs);
        double between = (snrs.get(0) + snrs.get(snrs.size() - 1)) / 2;
        assertNotEquals(snrs.get(0), between);
        return Math.round(between * 10) / 10.0;
    }

    /** The ADQL (or its TAP URL) without the instant it was made for, which hides unreleased products. */
    private static String withoutNow(String adql) {
        return adql.replaceAll("\\d{4}-\\d\\d-\\d\\dT[0-9:%A.]+", "NOW"); // ':' is %3A in the URL
    }

    private static long count(String sql) throws Exception {
        try (Connection c = db.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            assertTrue(rs.next());
            return rs.getLong(1);
        }
    }

    private static long facetCount(Map<String, Object> answer, String facet, String value) {
        return values(answer, facet).stream().filter(v -> value.equals(v.get("value")))
                .mapToLong(v -> number(v.get("count"))).findFirst().orElse(0);
    }

    private static List<Map<String, Object>> values(Map<String, Object> answer, String facet) {
        Map<String, Object> facets = map(answer.get("facets"));
        return list(facets.get(facet));
    }

    private static long number(Object o) {
        return ((Number) o).longValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }
}
