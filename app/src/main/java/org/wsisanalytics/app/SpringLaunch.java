package org.wsisanalytics.app;

import org.springframework.boot.SpringApplication;

/** Starts the application and returns the process's exit code. */
final class SpringLaunch {

    private SpringLaunch() {}

    static int run(Class<?> application, String[] args) {
        // Without SpringApplication.exit a failed job would still end the process with 0.
        return SpringApplication.exit(SpringApplication.run(application, args));
    }
}
