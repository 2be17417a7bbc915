package io.bcekit.tomcat;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.StandardSocketOptions;
import java.nio.channels.NetworkChannel;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Response;
import org.apache.coyote.AbstractProcessor;
import org.apache.coyote.ActionCode;
import org.apache.coyote.http11.Http11Processor;
import org.apache.tomcat.util.net.SocketWrapperBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a response Tomcat gave up on after commit end in a reset connection, whatever the framing.
 *
 * <p>Why: once the status line is sent, a failure can only be signalled by the connection. A
 * chunked body without its last chunk, or fewer bytes than {@code Content-Length}, already tells
 * the client; a body that ends where the connection ends (HTTP/1.0) looks complete when Tomcat
 * closes the connection normally. Setting {@code SO_LINGER} to 0 first makes the close a reset,
 * so the client's read fails.
 *
 * <p>Tomcat offers no public way to reach a request's socket: it is reached through the HTTP/1.1
 * processor, reflectively. Where that is not possible, {@link #available()} says so and nothing is
 * reset. HTTP/2 streams are left alone: Tomcat resets a failed stream itself, and the connection
 * carries other requests.
 */
final class ConnectionReset {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionReset.class);
    private static final MethodHandle PROCESSOR = processorHandle();
    private static final MethodHandle SOCKET_WRAPPER = socketWrapperHandle();

    private ConnectionReset() {
    }

    /** Whether this Tomcat lets the socket be reached. */
    static boolean available() {
        return PROCESSOR != null && SOCKET_WRAPPER != null;
    }

    /** Resets the connection when the response is committed and Tomcat allows no more I/O on it (it failed). */
    static void ifAbandoned(Response response) {
        if (response.isCommitted() && !ioAllowed(response) && available()) {
            reset(response);
        }
    }

    private static boolean ioAllowed(Response response) {
        AtomicBoolean allowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, allowed);
        return allowed.get();
    }

    private static void reset(Response response) {
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
