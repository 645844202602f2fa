package org.backproplab.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium, driven through the system chromedriver (never one Selenium Manager would
 * download). Use it through {@link BrowserExtension}, which starts one per test class and always quits it.
 *
 * <p>Binaries: system property {@code backproplab.chrome} or env {@code BACKPROPLAB_CHROME} (default
 * /usr/bin/chromium) and {@code backproplab.chromedriver} / {@code BACKPROPLAB_CHROMEDRIVER} (default
 * /usr/bin/chromedriver).
 */
public final class Browser implements AutoCloseable {
    /** Window size of every session, so screenshots are comparable from run to run. */
    public static final int WINDOW_WIDTH = 1280;
    public static final int WINDOW_HEIGHT = 900;
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final ChromeDriver driver;
    private final Path userDataDir;
    private final List<LogEntry> console = new ArrayList<>();
    private boolean closed;

    private Browser(ChromeDriver driver, Path userDataDir) {
        this.driver = driver;
        this.userDataDir = userDataDir;
    }

    /** Starts a fresh headless Chromium with an empty profile. */
    public static Browser start() {
        String chrome = setting("backproplab.chrome", "BACKPROPLAB_CHROME", "/usr/bin/chromium");
        String chromedriver = setting("backproplab.chromedriver", "BACKPROPLAB_CHROMEDRIVER", "/usr/bin/chromedriver");
        requireExecutable(chrome, "backproplab.chrome / BACKPROPLAB_CHROME");
        requireExecutable(chromedriver, "backproplab.chromedriver / BACKPROPLAB_CHROMEDRIVER");
        Path userDataDir;
        try {
            userDataDir = Files.createTempDirectory("backproplab-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chrome);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--hide-scrollbars", "--force-device-scale-factor=1",
                // performance.memory in exact bytes instead of coarse buckets (read-only; changes nothing else)
                "--enable-precise-memory-info",
                "--window-size=" + WINDOW_WIDTH + "," + WINDOW_HEIGHT,
                "--user-data-dir=" + userDataDir);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver))
                .usingAnyFreePort()
                .build();
        try {
            Browser browser = new Browser(new ChromeDriver(service, options), userDataDir);
            // Quits Chromium even if the test JVM ends without reaching afterAll.
            Runtime.getRuntime().addShutdownHook(new Thread(browser::close, "quit-chromium"));
            return browser;
        } catch (RuntimeException e) {
            service.stop();
            deleteQuietly(userDataDir);
            throw e;
        }
    }

    /** Loads {@code url} (http:// or file://) and forgets the previous page's console. */
    public void open(String url) {
        drainConsole();
        console.clear();
        driver.get(url);
    }

    /** Runs {@code script} in the page (use {@code return} for a value) with {@code arguments[i]}. */
    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Waits up to 10 s until {@code script} returns a truthy value, and returns it. */
    public Object waitFor(String script) {
        return new WebDriverWait(driver, WAIT)
                .withMessage(() -> "waiting for the page to satisfy: " + script)
                .until(d -> {
                    Object value = script(script);
                    return value instanceof Boolean b && !b ? null : value;
                });
    }

    /** All console entries since {@link #open}: level, source and message. */
    public List<LogEntry> console() {
        drainConsole();
        return List.copyOf(console);
    }

    /**
     * The SEVERE console entries since {@link #open} (uncaught exceptions, failed loads, CSP violations,
     * console.error), each as "SEVERE message".
     */
    public List<String> consoleErrors() {
        return console().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(entry -> entry.getLevel() + " " + entry.getMessage())
                .toList();
    }

    /** Saves the viewport as target/screenshots/{@code name}.png and returns the file. */
    public Path screenshot(String name) {
        Path directory = screenshotDirectory();
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(name + ".png");
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.move(shot.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Emulates a screen of {@code width}×{@code height} CSS pixels with {@code devicePixelRatio}
     * through Chrome DevTools; the page sees a resize. {@link #resetScreen()} undoes it.
     */
    public void emulateScreen(int width, int height, double devicePixelRatio) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", devicePixelRatio, "mobile", false));
    }

    public void resetScreen() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** The underlying driver, for anything this helper does not offer. */
    public ChromeDriver driver() {
        return driver;
    }

    /** Quits Chromium and chromedriver and deletes the profile; safe to call twice. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            driver.quit();
        } finally {
            deleteQuietly(userDataDir);
        }
    }

    private void drainConsole() {
        console.addAll(driver.manage().logs().get(LogType.BROWSER).getAll());
    }

    /** backproplab.screenshots.dir, else "screenshots" beside the built site (target/), else target/screenshots. */
    private static Path screenshotDirectory() {
        String configured = System.getProperty("backproplab.screenshots.dir");
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured);
        }
        String webDirectory = System.getProperty("backproplab.web.dir");
        if (webDirectory != null && !webDirectory.isBlank()) {
            return Paths.get(webDirectory).toAbsolutePath().resolveSibling("screenshots");
        }
        return Paths.get("target", "screenshots");
    }

    private static String setting(String property, String environment, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environment);
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void requireExecutable(String path, String setting) {
        if (!Files.isExecutable(Paths.get(path))) {
            throw new IllegalStateException(path + " is not an executable file; install chromium and "
                    + "chromium-driver (apt-get install -y chromium chromium-driver) or set " + setting);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A leftover temp profile is harmless.
        }
    }
}
