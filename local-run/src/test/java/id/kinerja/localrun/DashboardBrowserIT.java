package id.kinerja.localrun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.kinerja.testsupport.DevTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dashboard at {@code /} in the system's real headless Chromium, against the packaged system with the seed demo
 * data (the same started system as the other ITs): sign in as a demo user, drill province -> pemda -> agency ->
 * indicator and compare every shown figure with the API's answer; push a realisation through the API and watch
 * the open page change without a reload; a viewer of one pemda is refused another's; the public page needs no
 * sign-in. Screenshots of each page go to {@code local-run/target/dashboard/}; with {@code -Ddashboard.readme=true}
 * the README's are refreshed too ({@code docs/img/dashboard-*.png}). Kota Dumai 2025 is this test's own year.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserIT {

    static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final String OPERATOR = DevTokens.mint(DevTokens.Claims.platformAdmin("operator-it"));
    static final String ADMIN = DevTokens.mint(DevTokens.Claims.person("admin-dashboard-it", "admin", "kota-dumai"));
    static final String REPORTER = DevTokens.mint(DevTokens.Claims.machine("sipd-dashboard-it", "kota-dumai", "DISNAKER"));
    static final int YEAR = 2025;

    static SharedSystem system;
    static ChromeDriver browser;
    static Path shots;

    @BeforeAll
    static void start() throws Exception {
        boolean present = new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute();
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but " + CHROMIUM + " or " + DRIVER + " is missing (.ci/run installs"
                    + " Debian's chromium and chromium-driver)");
        }
        Assumptions.assumeTrue(present, "no headless Chromium here (" + CHROMIUM + ", " + DRIVER + "): browser test skipped");
        system = SharedSystem.get();
        shots = system.home.resolve("local-run/target/dashboard");
        Files.createDirectories(shots);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,900", "--lang=id-ID", "--force-device-scale-factor=1");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void drillDownFromProvinceToIndicatorShowsTheApisFigures() throws Exception {
        signIn("OPERATOR");
        open("#/provinsi/Sumatera%20Utara/2023");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode api = api(OPERATOR, "/api/v1/provinces/Sumatera%20Utara/dashboard/2023");
            assertThat(kpi("averageCapaian")).isEqualTo(api.get("averagePrinted").asText() + " %");
            for (JsonNode line : api.get("pemda")) {
                if (!line.has("averagePrinted")) {
                    continue;
                }
                assertThat(cell(line.get("tenant").asText(), "averageCapaian")).isEqualTo(line.get("averagePrinted").asText());
                assertThat(cell(line.get("tenant").asText(), "absorption")).isEqualTo(indonesian(line.get("absorption")));
            }
        });
        shot("province", true);

        browser.findElement(By.cssSelector("tr[data-key='kota-binjai'] a")).click();
        awaitPage("#/pemda/kota-binjai/2023");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode api = api(OPERATOR, "/api/v1/tenants/kota-binjai/dashboard/2023");
            assertThat(kpi("averageCapaian")).isEqualTo(api.get("averagePrinted").asText() + " %");
            for (JsonNode line : api.get("agencies")) {
                if (line.has("averagePrinted")) {
                    assertThat(cell(line.get("agency").asText(), "averageCapaian")).isEqualTo(line.get("averagePrinted").asText());
                }
            }
        });
        shot("pemda", false);

        browser.findElement(By.cssSelector("tr[data-key='DISNAKERPERINDAG'] a")).click();
        awaitPage("#/opd/kota-binjai/DISNAKERPERINDAG/2023");
        JsonNode agency = api(OPERATOR, "/api/v1/tenants/kota-binjai/agencies/DISNAKERPERINDAG/dashboard/2023");
        int compared = 0;
        for (JsonNode sasaran : agency.get("sasaran")) {
            for (JsonNode indicator : sasaran.get("indicators")) {
                String code = indicator.get("code").asText();
                if (indicator.has("capaianPrinted")) {
                    assertThat(cell(code, "capaian")).as(code).isEqualTo(indicator.get("capaianPrinted").asText());
                    assertThat(cell(code, "predicate")).as(code).isEqualTo(indicator.get("predicate").asText());
                    compared++;
                }
            }
        }
        assertThat(compared).isPositive();
        assertThat(kpi("averageCapaian")).isEqualTo(agency.at("/organisationAverage/printed").asText() + " %");
        shot("agency", true);

        String code = agency.at("/sasaran/0/indicators/0/code").asText();
        browser.findElement(By.cssSelector("tr[data-key='" + code + "'] a")).click();
        awaitPage("#/indikator/kota-binjai/DISNAKERPERINDAG/2023/" + code);
        JsonNode explain = api(OPERATOR, "/api/v1/tenants/kota-binjai/agencies/DISNAKERPERINDAG/dashboard/2023/indicators/"
                + code + "/explain");
        assertThat(kpi("capaian")).isEqualTo(explain.get("printed").asText());
        assertThat(browser.findElement(By.cssSelector("[data-cell='substituted']")).getText())
                .isEqualTo(explain.at("/realisation/substituted").asText());
        shot("indicator", false);
    }

    @Test
    @Order(2)
    void aPushedRealisationChangesTheOpenPageWithoutReload() {
        push(1, "3.5");
        await().atMost(Duration.ofSeconds(60)).until(() -> api(OPERATOR, dumai2025()).toString().contains("\"quarter\":1"));
        signIn("VIEWER_DUMAI");
        open("#/opd/kota-dumai/DISNAKER/" + YEAR);
        String before = cell("DM-IKU-2", "realisation");
        ((JavascriptExecutor) browser).executeScript("window.kinerjaSamePage = 'yes'");
        await().atMost(Duration.ofSeconds(20)).until(() -> "on".equals(browser.findElement(By.id("live")).getAttribute("data-state")));

        // the layout shift the browser measures while the page updates itself (printed, not asserted)
        ((JavascriptExecutor) browser).executeScript("window.kinerjaShift = 0; new PerformanceObserver((list) => list"
                + ".getEntries().forEach((e) => { window.kinerjaShift += e.value; })).observe({type: 'layout-shift'})");
        push(2, "8.25");
        // the page is swapped whole when its figures change: a cell read during a swap is stale, read it again
        await().atMost(Duration.ofSeconds(60)).ignoreException(StaleElementReferenceException.class).untilAsserted(() -> {
            JsonNode api = indicator(api(OPERATOR, dumai2025()), "DM-IKU-2");
            assertThat(api.get("trend")).hasSize(2);
            assertThat(cell("DM-IKU-2", "capaian")).isEqualTo(api.get("capaianPrinted").asText());
            assertThat(browser.findElement(By.id("live")).getText()).matches(".*diperbarui \\d{2}:\\d{2}:\\d{2}.*");
        });
        assertThat(cell("DM-IKU-2", "realisation")).isNotEqualTo(before);
        assertThat(((JavascriptExecutor) browser).executeScript("return window.kinerjaSamePage")).isEqualTo("yes");
        System.out.printf("DASHBOARD live update: cumulative layout shift %s%n",
                ((JavascriptExecutor) browser).executeScript("return window.kinerjaShift"));
        shot("live", false);
    }

    @Test
    @Order(3)
    void aViewerOfOnePemdaCannotOpenAnothersPage() {
        signIn("VIEWER_DUMAI");
        open("#/pemda/kota-binjai/2023");
        WebElement refusal = browser.findElement(By.cssSelector("[data-state='error']"));
        assertThat(refusal.getAttribute("data-status")).isEqualTo("403");
        assertThat(browser.findElements(By.cssSelector("tr[data-key]"))).isEmpty();
        shot("refused", false);
        open("#/pemda/kota-dumai/2024");
        assertThat(browser.findElements(By.cssSelector("tr[data-key='DISNAKER']"))).hasSize(1);
    }

    @Test
    @Order(4)
    void thePublicPageShowsPublishedFiguresWithoutSignIn() throws Exception {
        for (int q = 1; q <= 4; q++) {
            HttpResponse<String> locked = send(ADMIN, "POST", system.realisation + "/api/v1/tenants/kota-dumai/periods/"
                    + YEAR + "/" + q + "/lock", "{\"reason\":\"LKjIP " + YEAR + " ditandatangani\"}");
            assertThat(locked.statusCode()).as(locked.body()).isLessThan(300);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> send(null, "GET", system.reporting
                + "/api/v1/public/tenants/kota-dumai/dashboard/" + YEAR, null).statusCode() == 200);
        browser.findElement(By.cssSelector("#who button")).click(); // sign out
        assertThat(((JavascriptExecutor) browser).executeScript("return sessionStorage.getItem('kinerja.token')")).isNull();
        open("#/publik/kota-dumai/" + YEAR);
        JsonNode published = tree(send(null, "GET", system.reporting + "/api/v1/public/tenants/kota-dumai/dashboard/"
                + YEAR, null).body());
        assertThat(kpi("averageCapaian")).isEqualTo(published.get("averagePrinted").asText() + " %");
        assertThat(cell("DISNAKER", "averageCapaian")).isEqualTo(published.at("/agencies/0/averagePrinted").asText());
        shot("public", false);
        open("#/publik/kota-dumai/2024");
        assertThat(browser.findElement(By.cssSelector("[data-state='empty']")).getText()).isNotBlank();
    }

    @Test
    @Order(5)
    void pageWeightsAndTimeToFirstRender() {
        signIn("OPERATOR");
        // a first visit: nothing from the browser's cache
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        weigh("province", "#/provinsi/Sumatera%20Utara/2023");
        weigh("pemda", "#/pemda/kota-dumai/2024");
        weigh("agency", "#/opd/kota-dumai/DISNAKER/2024");
        weigh("indicator", "#/indikator/kota-dumai/DISNAKER/2024/DM-IKU-1");
        Dimension laptop = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            open("#/opd/kota-dumai/DISNAKER/2024");
            shot("agency-phone", false);
        } finally {
            browser.manage().window().setSize(laptop);
        }
    }

    // --- the browser

    static void signIn(String user) {
        if (browser.getCurrentUrl().startsWith(system.reporting)) {
            ((JavascriptExecutor) browser).executeScript("sessionStorage.clear()");
        }
        open("#/masuk");
        browser.findElement(By.cssSelector("[data-user='" + user + "']")).click();
        await().atMost(Duration.ofSeconds(20)).until(() -> !browser.getCurrentUrl().contains("#/masuk"));
    }

    /** Loads the address as a person would (a new page), then waits until its figures are shown. */
    static void open(String hash) {
        String url = system.reporting + "/" + hash;
        if (browser.getCurrentUrl().startsWith(system.reporting)) {
            browser.get(url);
            browser.navigate().refresh();
        } else {
            browser.get(url);
        }
        awaitPage(hash);
    }

    static void awaitPage(String hash) {
        // data-route: the address the shown page was rendered for (set once its figures are in)
        await().atMost(Duration.ofSeconds(30)).until(() -> hash.equals(browser.findElement(By.id("main"))
                .getAttribute("data-route")));
    }

    /** A cell's text; the page is swapped whole on a live update, so an element found just before may be stale. */
    static String cell(String rowKey, String cell) {
        By at = By.cssSelector("tr[data-key='" + rowKey + "'] [data-cell='" + cell + "']");
        for (int attempt = 1; ; attempt++) {
            try {
                return browser.findElement(at).getText().trim();
            } catch (StaleElementReferenceException swapped) {
                if (attempt == 5) {
                    throw swapped;
                }
            }
        }
    }

    static String kpi(String key) {
        return browser.findElement(By.cssSelector("[data-value='" + key + "']")).getText().trim();
    }

    /** Saves the page at full height (and, for the README, the first screen of it). */
    static void shot(String name, boolean readme) {
        JavascriptExecutor js = browser;
        Dimension size = browser.manage().window().getSize();
        try {
            if (readme && Boolean.getBoolean("dashboard.readme")) {
                Files.write(system.home.resolve("docs/img/dashboard-" + name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
            }
            long height = (Long) js.executeScript("return document.documentElement.scrollHeight");
            browser.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(height + 20, 6000)));
            Files.write(shots.resolve("dashboard-" + name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            browser.manage().window().setSize(size);
        }
    }

    /**
     * Page weight and time to first render as the browser measured a fresh load (Navigation and Resource Timing,
     * Paint Timing, and the page's own mark when its figures are shown); printed, never asserted.
     */
    static void weigh(String name, String hash) {
        open(hash);
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript("""
                const nav = performance.getEntriesByType('navigation')[0];
                const res = performance.getEntriesByType('resource');
                const size = (list) => list.reduce((s, r) => s + (r.transferSize || 0), 0);
                const fcp = performance.getEntriesByName('first-contentful-paint')[0];
                const shown = performance.getEntriesByName('kinerja-figures-shown')[0];
                return {own: nav.transferSize + size(res.filter(r => !r.name.includes('/api/'))),
                        api: size(res.filter(r => r.name.includes('/api/') && !r.name.includes('/stream'))),
                        calls: res.filter(r => r.name.includes('/api/') && !r.name.includes('/stream')).length,
                        fcp: fcp ? Math.round(fcp.startTime) : -1, shown: shown ? Math.round(shown.startTime) : -1};""");
        System.out.printf("DASHBOARD %-9s HTML+JS+CSS %5.1f KB, API JSON %5.1f KB in %s calls (transferred), first contentful paint %s ms,"
                        + " figures shown %s ms%n", name, ((Number) m.get("own")).longValue() / 1024.0,
                ((Number) m.get("api")).longValue() / 1024.0, m.get("calls"), m.get("fcp"), m.get("shown"));
    }

    // --- the API

    static String dumai2025() {
        return "/api/v1/tenants/kota-dumai/agencies/DISNAKER/dashboard/" + YEAR;
    }

    static JsonNode indicator(JsonNode dashboard, String code) {
        for (JsonNode sasaran : dashboard.get("sasaran")) {
            for (JsonNode indicator : sasaran.get("indicators")) {
                if (indicator.get("code").asText().equals(code)) {
                    return indicator;
                }
            }
        }
        throw new AssertionError("no indicator " + code);
    }

    /** A quarterly realisation of DM-IKU-2 pushed by the agency system and approved, as in production. */
    static void push(int quarter, String value) {
        String base = system.realisation + "/api/v1/tenants/kota-dumai";
        HttpResponse<String> pushed = send(REPORTER, "PUT", base + "/indicator-realisations", "{\"agencyCode\":\"DISNAKER\","
                + "\"indicatorCode\":\"DM-IKU-2\",\"year\":" + YEAR + ",\"quarter\":" + quarter + ",\"value\":" + value + "}");
        assertThat(pushed.statusCode()).as(pushed.body()).isLessThan(300);
        for (String action : List.of("SUBMIT", "VERIFY", "APPROVE")) {
            HttpResponse<String> step = send(ADMIN, "POST", base + "/indicator-realisations/workflow", "{\"agencyCode\":"
                    + "\"DISNAKER\",\"year\":" + YEAR + ",\"quarter\":" + quarter + ",\"action\":\"" + action + "\",\"comment\":\"uji\"}");
            assertThat(step.statusCode()).as(step.body()).isEqualTo(200);
        }
    }

    static JsonNode api(String token, String path) throws Exception {
        HttpResponse<String> response = send(token, "GET", system.reporting + path, null);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return tree(response.body());
    }

    static JsonNode tree(String body) throws Exception {
        return JSON.readTree(body);
    }

    static HttpResponse<String> send(String token, String method, String url, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + url, e);
        }
    }

    /** 88.31 -> "88,31": how the page writes a number the API gives unformatted. */
    static String indonesian(JsonNode number) {
        return new BigDecimal(number.asText()).setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }
}
