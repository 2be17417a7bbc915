package io.bcekit.spring.boot;

import java.util.List;

/** The store on the application's Spring Data Redis, on Boot 3.5: Spring Data Redis 3.5, Lettuce 6.6, Tomcat 10.1. */
class Boot3DataRedisTest extends BootDataRedisTest {

    /** Tomcat is the only embedded server here, and the fixture's "tomcat" profile names Boot 4's factory. */
    @Override
    protected List<String> serverProperties() {
        return List.of();
    }
}
