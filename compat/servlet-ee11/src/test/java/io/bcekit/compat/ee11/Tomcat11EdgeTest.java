package io.bcekit.compat.ee11;

import io.bcekit.tomcat.AbstractTomcatEdgeTest;

/** The container edge on embedded Tomcat 11. */
class Tomcat11EdgeTest extends AbstractTomcatEdgeTest {

    @Override
    protected String containerName() {
        return "Tomcat 11";
    }
}
