package io.bcekit.compat.jersey4;

/**
 * The bce-auth-v1 suite on Jersey 4 as a servlet on Jetty 12 ee11 behind BceErrorFilter only:
 * BceAuthRequestFilter verifies, from what Jersey's servlet container makes of the servlet request
 * (raw request URI, headers).
 */
class JettyJerseyJaxrsOnlyAuthTest extends JettyJerseyAuthTest {

    @Override
    boolean servletFilterVerifies() {
        return false;
    }
}
