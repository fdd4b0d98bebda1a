package org.wsisanalytics.app.job;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The application's version, from the build-info file that the build writes into the jar.
 *
 * @param value the version, or "development" when run from an IDE without a build
 */
public record AppVersion(String value) {

    public static AppVersion fromBuildInfo() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/META-INF/build-info.properties")) {
            if (in == null) {
                return new AppVersion("development");
            }
            Properties properties = new Properties();
            properties.load(in);
            return new AppVersion(properties.getProperty("build.version", "development"));
        } catch (IOException e) {
            return new AppVersion("development");
        }
    }
}
