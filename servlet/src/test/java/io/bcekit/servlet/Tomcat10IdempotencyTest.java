package io.bcekit.servlet;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import org.apache.catalina.Context;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;

/** clientToken idempotency on embedded Tomcat 10.1. */
public class Tomcat10IdempotencyTest extends AbstractIdempotencyContractTest {

    private Tomcat tomcat;

    @Override
    protected URI start(List<Filter> filters, HttpServlet create) throws Exception {
        tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("bcekit-tomcat-idempotency").toString());
        Connector connector = new Connector();
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        tomcat.setConnector(connector);
        tomcat.getHost().setAutoDeploy(false);
        Context context = tomcat.addContext("", Files.createTempDirectory("bcekit-tomcat-idempotency-docs").toString());
        for (int i = 0; i < filters.size(); i++) {
            FilterDef definition = new FilterDef();
            definition.setFilterName("filter-" + i);
            definition.setFilter(filters.get(i));
            definition.setAsyncSupported("true");
            context.addFilterDef(definition);
            FilterMap mapping = new FilterMap();
            mapping.setFilterName("filter-" + i);
            mapping.addURLPattern("/*");
            mapping.setDispatcher("REQUEST");
            mapping.setDispatcher("ASYNC");
            mapping.setDispatcher("ERROR");
            context.addFilterMap(mapping);
        }
        Wrapper servlet = Tomcat.addServlet(context, "create", create);
        servlet.setAsyncSupported(true);
        context.addServletMappingDecoded("/v1/eip", "create");
        tomcat.start();
        return URI.create("http://127.0.0.1:" + connector.getLocalPort());
    }

    @Override
    protected void stop() throws Exception {
        tomcat.stop();
        tomcat.destroy();
    }
}
