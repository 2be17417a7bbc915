package io.bcekit.tomcat;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.StandardSocketOptions;
import java.nio.channels.NetworkChannel;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.AbstractProcessor;
import org.apache.coyote.ActionCode;
import org.apache.coyote.http11.Http11Processor;
import org.apache.tomcat.util.net.SocketWrapperBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a failure after commit reach the client as a reset connection, whatever the framing.
 *
 * <p>Why: once the status line is sent, a failure can only be signalled by the connection. A
 * chunked body without its last chunk, or fewer bytes than {@code Content-Length}, already tells
 * the client. But a body that ends where the connection ends (HTTP/1.0) looks complete when
 * Tomcat closes the connection normally after the failure. After the request, this valve sees
 * that Tomcat gave up on the response (no more I/O allowed on a committed response: a failure
 * after commit, which {@code BceErrorFilter} hands back to the container) and sets
 * {@code SO_LINGER} to 0 on the socket, so the close is a reset and the client's read fails.
 *
 * <p>Tomcat offers no public way to reach the socket of a request: the valve reaches it through
 * the HTTP/1.1 processor, reflectively. Where that is not possible it logs one WARN line at start
 * and does nothing else. HTTP/2 streams are left alone: Tomcat resets a failed stream itself.
 * Put it on the {@code Host} (or {@code Engine}):
 * {@code <Valve className="io.bcekit.tomcat.ResetOnFailureAfterCommitValve"/>}, or in code
 * {@code tomcat.getHost().getPipeline().addValve(new ResetOnFailureAfterCommitValve())}.
 */
public class ResetOnFailureAfterCommitValve extends ValveBase {

    private static final Logger LOG = LoggerFactory.getLogger(ResetOnFailureAfterCommitValve.class);
    private static final MethodHandle PROCESSOR = processorHandle();
    private static final MethodHandle SOCKET_WRAPPER = socketWrapperHandle();

    public ResetOnFailureAfterCommitValve() {
        super(true);
    }

    @Override
    protected void initInternal() throws org.apache.catalina.LifecycleException {
        super.initInternal();
        if (PROCESSOR == null || SOCKET_WRAPPER == null) {
            LOG.warn("This Tomcat does not let bcekit reach a request's socket: a failure after commit on a"
                    + " response ended by closing the connection (HTTP/1.0) will look complete to the client");
        }
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        getNext().invoke(request, response);
        if (response.isCommitted() && !ioAllowed(response)) {
            resetOnClose(response);
        }
    }

    private static boolean ioAllowed(Response response) {
        AtomicBoolean allowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, allowed);
        return allowed.get();
    }

    private static void resetOnClose(Response response) {
        if (PROCESSOR == null || SOCKET_WRAPPER == null) {
            return;
        }
        try {
            if (!((Object) PROCESSOR.invoke(response.getCoyoteResponse()) instanceof Http11Processor processor)) {
                return;
            }
            Object socket = ((SocketWrapperBase<?>) SOCKET_WRAPPER.invoke(processor)).getSocket();
            // NioChannel and Nio2Channel both have it, typed SocketChannel and AsynchronousSocketChannel
            if (socket.getClass().getMethod("getIOChannel").invoke(socket) instanceof NetworkChannel channel) {
                channel.setOption(StandardSocketOptions.SO_LINGER, 0);
            }
        } catch (Throwable e) {
            LOG.debug("Could not arrange a reset of the connection after a failure past commit", e);
        }
    }

    /** {@code coyote.Response.hook}: the processor serving the response (package-private). */
    private static MethodHandle processorHandle() {
        try {
            var field = org.apache.coyote.Response.class.getDeclaredField("hook");
            field.setAccessible(true);
            return MethodHandles.lookup().unreflectGetter(field);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** {@code AbstractProcessor.getSocketWrapper()} (protected). */
    private static MethodHandle socketWrapperHandle() {
        try {
            var method = AbstractProcessor.class.getDeclaredMethod("getSocketWrapper");
            method.setAccessible(true);
            return MethodHandles.lookup().unreflect(method)
                    .asType(MethodType.methodType(SocketWrapperBase.class, Http11Processor.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
