package io.bcekit.servlet;

/**
 * JS SDK requests on Jetty 12 ee10 with {@code HttpConfiguration.setHeaderCacheCaseSensitive(true)}:
 * the header cache then only matches a line byte for byte, every header reaches the application as
 * sent, and every request verifies.
 */
class JsSdkSignatureJettyEe10CaseSensitiveTest extends JsSdkSignatureJettyEe10Test {

    @Override
    protected boolean headerCacheCaseSensitive() {
        return true;
    }
}
