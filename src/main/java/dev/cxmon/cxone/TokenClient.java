package dev.cxmon.cxone;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

/** The token endpoint named by OpenID discovery; its full URL is the client's base URI. */
@Path("")
public interface TokenClient {

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Response token(@HeaderParam("Authorization") String basicAuthorization, @HeaderParam("Accept") String accept,
            MultivaluedMap<String, String> form);
}
