package io.bcekit.spring.boot;

import io.bcekit.spring.boot.fixture.RunningApplication;
import io.bcekit.spring.boot.secured.SecuredEndpoints;

/** Spring Security's refusals as envelopes on Spring Boot 3.5: Spring Security 6.5, embedded Tomcat 10.1. */
class Boot3SecurityTest extends AbstractBootSecurityTest {

    @Override
    protected RunningApplication startApplication() {
        return RunningApplication.startWith(new Class<?>[] {SecuredEndpoints.class}, RunningApplication.WITH_SECURITY);
    }
}
