package io.bcekit.spring.boot;

import io.bcekit.spring.boot.fixture.RunningApplication;
import io.bcekit.spring.boot.fixture.TelemetryRecorder;

/** The request id on the server observation and span, on Boot 3.5 (actuator's wiring) with Tomcat 10.1. */
class Boot3ObservationTest extends AbstractBootObservationTest {

    @Override
    protected RunningApplication startApplication() {
        return RunningApplication.startWith(new Class<?>[] {TelemetryRecorder.class}, SAMPLE_ALL);
    }
}
