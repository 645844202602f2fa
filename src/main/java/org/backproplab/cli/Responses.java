package org.backproplab.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** What {@link StaticSiteServer} answers to a request: the decisions, apart from the sockets. */
final class Responses {
    private Responses() {
    }

    static Response answer(Site site, RequestHead request) {
        String method = request.method();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            Response response = Response.text(405, "405 method not allowed: only GET and HEAD\n");
            response.headers().put("Allow", "GET, HEAD");
            return response;
        }
        Site.Entry file = site.get(StaticSiteServer.relativePath(request.path()));
        if (file == null) {
            return Response.text(404, "404 not found\n");
        }
        boolean gzip = file.gzip() != null && request.acceptsGzip();
        String etag = gzip ? file.gzipEtag() : file.etag();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", file.contentType());
        headers.put("Cache-Control", "no-cache");
        headers.put("ETag", etag);
        if (file.gzip() != null) {
            headers.put("Vary", "Accept-Encoding");
        }
        if (request.matches(etag)) {
            return new Response(304, headers, null);
        }
        if (gzip) {
            headers.put("Content-Encoding", "gzip");
        }
        return new Response(200, headers, gzip ? file.gzip() : file.bytes());
    }
}
