package io.bcekit.tomcat;

/** The container edge on embedded Tomcat 10.1. */
class Tomcat10EdgeTest extends AbstractTomcatEdgeTest {

    @Override
    protected String containerName() {
        return "Tomcat 10.1";
    }
}
