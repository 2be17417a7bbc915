package io.bcekit.servlet;

import io.bcekit.core.config.BceErrorConfig;
import io.bcekit.servlet.fixture.AuthFixture;
import io.bcekit.servlet.fixture.AuthServlets;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;

/**
 * The bce-auth-v1 suite on Tomcat 10.1 (Servlet 6.0), filters registered in code, at context path
 * {@code /tomcat-ctx}.
 */
class Tomcat10AuthTest extends AbstractAuthContractTest implements AuthRejectionLogContract {

    private Tomcat tomcat;

    @Override
    protected URI startApplication() throws Exception {
        tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("bcekit-tomcat-auth").toString());
        Connector connector = new Connector();
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        connector.setProperty("maxHttpRequestHeaderSize", String.valueOf(256 * 1024)); // 100 KB Authorization
        connector.setEncodedSolidusHandling("decode"); // %2F in paths; Tomcat refuses it by default
        tomcat.setConnector(connector);
        tomcat.getHost().setAutoDeploy(false);
        Context context = tomcat.addContext("/tomcat-ctx", Files.createTempDirectory("bcekit-tomcat-docs").toString());
        addFilter(context, "bcekit", new BceErrorFilter(BceErrorConfig.defaults()),
                DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        addFilter(context, "bce-auth", new BceAuthFilter(AuthFixture.verifier(), List.of("/health")),
                DispatcherType.REQUEST, DispatcherType.ASYNC);
        Tomcat.addServlet(context, "echo", new AuthServlets.Echo()).setAsyncSupported(true);
        context.addServletMappingDecoded("/", "echo");
        tomcat.start();
        return URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/tomcat-ctx");
    }

    private static void addFilter(Context context, String name, Filter filter, DispatcherType... dispatches) {
        FilterDef definition = new FilterDef();
        definition.setFilterName(name);
        definition.setFilter(filter);
        definition.setAsyncSupported("true");
        context.addFilterDef(definition);
        FilterMap mapping = new FilterMap();
        mapping.setFilterName(name);
        mapping.addURLPattern("/*");
        for (DispatcherType dispatch : dispatches) {
            mapping.setDispatcher(dispatch.name());
        }
        context.addFilterMap(mapping);
    }

    @Override
    protected void stopApplication() throws Exception {
        tomcat.stop();
        tomcat.destroy();
    }

    @Override
    public HttpResponse<byte[]> getUnsigned() throws Exception {
        return get("/v1/eip", Map.of());
    }
}
