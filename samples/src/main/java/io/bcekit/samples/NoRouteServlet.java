package io.bcekit.samples;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The webapp's default servlet (mapped to {@code /}): an API serves no static files, so any path
 * no other servlet serves, with any method, is a 404, which {@code BceErrorFilter} answers as
 * {@code InvalidURI}. It replaces the container's file-serving default servlet, which would
 * answer {@code GET /} with a directory listing.
 */
public class NoRouteServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
