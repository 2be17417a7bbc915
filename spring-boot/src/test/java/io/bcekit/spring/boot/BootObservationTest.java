package io.bcekit.spring.boot;

import io.bcekit.spring.boot.fixture.RunningApplication;
import io.bcekit.spring.boot.fixture.TelemetryRecorder;

/** The request id on the server observation and span, on Boot 4 with embedded Tomcat 11. */
class BootObservationTest extends AbstractBootObservationTest {

    @Override
    protected RunningApplication startApplication() {
        return RunningApplication.startWith(new Class<?>[] {TelemetryRecorder.class}, "spring.profiles.active=tomcat",
                SAMPLE_ALL);
    }
}
