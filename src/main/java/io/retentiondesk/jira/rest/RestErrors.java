package io.retentiondesk.jira.rest;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** JSON bodies of the REST answers: errors say which field and what was expected. */
final class RestErrors {
    static final Gson GSON = new Gson();

    private RestErrors() {
    }

    static Response of(Response.Status status, String field, String message) {
        return of(status.getStatusCode(), field, message);
    }

    static Response of(int status, String field, String message) {
        JsonObject body = new JsonObject();
        body.addProperty("status", status);
        body.addProperty("field", field);
        body.addProperty("message", message);
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(GSON.toJson(body)).build();
    }

    static Response ok(Object body) {
        return Response.ok(GSON.toJson(body), MediaType.APPLICATION_JSON).build();
    }
}
