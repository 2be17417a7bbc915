package io.bcekit.servlet;

import io.bcekit.auth.BceAuthVerifier;
import io.bcekit.core.config.BceErrorConfig;
import io.bcekit.servlet.fixture.AuthServlets;
import jakarta.servlet.Filter;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;

/**
 * JS SDK requests on embedded Tomcat 10.1, stock connector: Tomcat keeps header values as the
 * bytes received, so every request verifies.
 */
public class JsSdkSignatureTomcat10Test extends AbstractJsSdkSignatureTest {

    private Tomcat tomcat;

    @Override
    protected URI startApplication(BceAuthVerifier verifier) throws Exception {
        tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("bcekit-tomcat-js-sdk").toString());
        Connector connector = new Connector();
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        tomcat.setConnector(connector);
        tomcat.getHost().setAutoDeploy(false);
        // Root context: the signed paths are /v1/..., exactly as recorded.
        Context context = tomcat.addContext("", Files.createTempDirectory("bcekit-tomcat-js-sdk-docs").toString());
        addFilter(context, "bcekit", new BceErrorFilter(BceErrorConfig.defaults()));
        addFilter(context, "bce-auth", new BceAuthFilter(verifier, List.of(HEADERS_PATH)));
        Tomcat.addServlet(context, "headers", new HeadersAsReceived());
        context.addServletMappingDecoded(HEADERS_PATH, "headers");
        Tomcat.addServlet(context, "echo", new AuthServlets.Echo());
        context.addServletMappingDecoded("/", "echo");
        tomcat.start();
        return URI.create("http://127.0.0.1:" + connector.getLocalPort());
    }

    private static void addFilter(Context context, String name, Filter filter) {
        FilterDef definition = new FilterDef();
        definition.setFilterName(name);
        definition.setFilter(filter);
        context.addFilterDef(definition);
        FilterMap mapping = new FilterMap();
        mapping.setFilterName(name);
        mapping.addURLPattern("/*");
        context.addFilterMap(mapping);
    }

    @Override
    protected void stopApplication() throws Exception {
        tomcat.stop();
        tomcat.destroy();
    }
}
