package io.bcekit.servlet;

import io.bcekit.servlet.fixture.ServletContainer;
import jakarta.servlet.RequestDispatcher;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.Socket;
import java.net.StandardSocketOptions;
import java.nio.channels.NetworkChannel;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.scan.StandardJarScanner;
import org.junit.jupiter.api.Test;

class ProbeTomcatTest {
    @Test
    void probe() throws Exception {
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(Files.createTempDirectory("probe").toString());
        Connector connector = new Connector();
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        tomcat.setConnector(connector);
        tomcat.getHost().setAutoDeploy(false);
        tomcat.getHost().getPipeline().addValve(new ValveBase() {
            @Override
            public void invoke(Request request, Response response) throws java.io.IOException, jakarta.servlet.ServletException {
                getNext().invoke(request, response);
                AtomicBoolean io = new AtomicBoolean(true);
                response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, io);
                System.out.println("PROBE " + request.getRequestURI() + " committed=" + response.isCommitted() + " error=" + response.isError()
                        + " ex=" + request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) + " io=" + io + " status=" + response.getStatus());
                if (!io.get() && response.isCommitted()) {
                    try {
                        Field hook = org.apache.coyote.Response.class.getDeclaredField("hook");
                        hook.setAccessible(true);
                        Object processor = hook.get(response.getCoyoteResponse());
                        Method wrapper = org.apache.coyote.AbstractProcessor.class.getDeclaredMethod("getSocketWrapper");
                        wrapper.setAccessible(true);
                        Object sw = wrapper.invoke(processor);
                        Object channel = ((org.apache.tomcat.util.net.SocketWrapperBase<?>) sw).getSocket();
                        Object sc = channel.getClass().getMethod("getIOChannel").invoke(channel);
                        ((NetworkChannel) sc).setOption(StandardSocketOptions.SO_LINGER, 0);
                        System.out.println("PROBE linger set on " + sc);
                    } catch (Exception e) {
                        System.out.println("PROBE reflection failed " + e);
                    }
                }
            }
        });
        Context context = tomcat.addWebapp("", ServletContainer.testWebapp().toAbsolutePath().toString());
        ((StandardJarScanner) context.getJarScanner()).setScanClassPath(false);
        tomcat.start();
        int port = connector.getLocalPort();
        try {
            for (String req : new String[] {"GET /fail/after-commit HTTP/1.0\r\nHost: x\r\n\r\n",
                    "GET /fail/after-commit HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", "GET /ok HTTP/1.0\r\n\r\n",
                    "GET /v1/eip/9.9.9.9 HTTP/1.0\r\n\r\n", "GET /fail/runtime HTTP/1.0\r\n\r\n"}) {
                try (Socket s = new Socket("127.0.0.1", port)) {
                    s.setSoTimeout(5000);
                    s.getOutputStream().write(req.getBytes());
                    InputStream in = s.getInputStream();
                    int total = 0;
                    try {
                        for (int n; (n = in.read(new byte[8192])) != -1; ) total += n;
                        System.out.println("PROBE " + req.split("\r\n")[0] + " clean EOF after " + total);
                    } catch (Exception e) {
                        System.out.println("PROBE " + req.split("\r\n")[0] + " read failed after " + total + ": " + e);
                    }
                }
            }
        } finally {
            tomcat.stop();
            tomcat.destroy();
        }
    }
}
