package io.bcekit.compat.jackson3;

import io.bcekit.servlet.fixture.CreateEipRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Providers;
import java.lang.annotation.Annotation;

/** {@code json-provider}: which reader the runtime picked for the fixture's JSON bodies, so a test can tell it is Jackson 3's. */
@Path("/json-provider")
public class JsonProviderResource {

    @Context
    private Providers providers;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String reader() {
        return providers.getMessageBodyReader(CreateEipRequest.class, CreateEipRequest.class, new Annotation[0],
                MediaType.APPLICATION_JSON_TYPE).getClass().getName();
    }
}
