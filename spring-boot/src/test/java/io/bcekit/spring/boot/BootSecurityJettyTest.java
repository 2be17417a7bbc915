package io.bcekit.spring.boot;

import io.bcekit.spring.boot.fixture.RunningApplication;
import io.bcekit.spring.boot.secured.SecuredEndpoints;

/** Spring Security's refusals as envelopes on Boot 4, embedded Jetty 12 (ee11). */
class BootSecurityJettyTest extends AbstractBootSecurityTest {

    @Override
    protected RunningApplication startApplication() {
        return RunningApplication.startWith(new Class<?>[] {SecuredEndpoints.class}, RunningApplication.WITH_SECURITY,
                "spring.profiles.active=jetty");
    }
}
