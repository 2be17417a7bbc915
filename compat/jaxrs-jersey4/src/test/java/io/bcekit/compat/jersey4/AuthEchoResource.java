package io.bcekit.compat.jersey4;

import io.bcekit.servlet.fixture.AuthFixture;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.security.Principal;

/**
 * Every method on every path of the application: answers 200 with what the resource saw through
 * the standard JAX-RS views (raw request URI, {@link SecurityContext}, the entity it could still
 * read), in the same JSON and {@code x-echo-*} headers as the servlet suite's echo.
 */
@Path("/")
public class AuthEchoResource {

    private static final String ANY = "{any: .*}";

    @Context
    private UriInfo uriInfo;
    @Context
    private SecurityContext security;
    @Context
    private ContainerRequestContext request;

    @GET
    @Path(ANY)
    public Response get() {
        return echo(new byte[0]);
    }

    @HEAD
    @Path(ANY)
    public Response head() {
        return echo(new byte[0]);
    }

    @DELETE
    @Path(ANY)
    public Response delete() {
        return echo(new byte[0]);
    }

    @PUT
    @Path(ANY)
    @Consumes(MediaType.WILDCARD)
    public Response put(byte[] body) {
        return echo(body);
    }

    @POST
    @Path(ANY)
    @Consumes(MediaType.WILDCARD)
    public Response post(byte[] body) {
        return echo(body);
    }

    private Response echo(byte[] body) {
        URI uri = uriInfo.getRequestUri();
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        Principal principal = security.getUserPrincipal();
        String name = principal == null ? null : principal.getName();
        byte[] json = AuthFixture.echoJson(request.getMethod(), uri.getRawPath(), query, principal, name,
                security.getAuthenticationScheme(), body);
        Response.ResponseBuilder response = Response.ok(json, "application/json; charset=utf-8")
                .header(AuthFixture.ECHO_METHOD, request.getMethod())
                .header(AuthFixture.ECHO_PATH, uri.getRawPath())
                .header(AuthFixture.ECHO_QUERY, query)
                .header(AuthFixture.ECHO_BODY_LENGTH, body.length);
        return name == null ? response.build() : response.header(AuthFixture.ECHO_PRINCIPAL, name).build();
    }
}
