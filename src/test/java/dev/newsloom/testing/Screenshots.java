package dev.newsloom.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/** Whole-page screenshots kept as test artifacts under the build directory (target/screenshots/). */
public final class Screenshots {
    public static final Path DIR = Path.of(System.getProperty("newsloom.artifacts", "target/screenshots"));

    private Screenshots() {}

    /** Saves the whole page (up to 6000 px tall) as {@code name}.png and returns the file. */
    public static Path save(ChromeDriver browser, String name) {
        Dimension before = browser.manage().window().getSize();
        try {
            long height = ((Number) browser.executeScript("return document.documentElement.scrollHeight;")).longValue();
            browser.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(6000, Math.max(before.getHeight(), height + 140))));
            Files.createDirectories(DIR);
            Path file = DIR.resolve(name + ".png");
            Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save a screenshot in " + DIR, e);
        } finally {
            browser.manage().window().setSize(before);
        }
    }
}
