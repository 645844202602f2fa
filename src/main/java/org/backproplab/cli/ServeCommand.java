package org.backproplab.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintStream;

/** {@code serve [--port P]}: the bundled web app on 127.0.0.1 until interrupted. */
final class ServeCommand {
    static final int DEFAULT_PORT = 8080;

    private ServeCommand() {
    }

    static int run(Options options, PrintStream out, PrintStream err) throws UsageException {
        if (options.help()) {
            out.print(Main.SERVE_USAGE);
            return Main.OK;
        }
        int port = options.has("port") ? (int) options.integer("port", 0, 65535) : DEFAULT_PORT;
        SiteSource site = SiteSource.classpath("/web/");
        if (!site.exists("index.html")) {
            err.println("error: this jar holds no web site (/web/index.html is missing); build it with mvn package");
            return Main.FAILED;
        }
        HttpServer server;
        try {
            server = StaticSiteServer.start(port, site);
        } catch (IOException e) {
            err.println("error: cannot serve on port " + port + ": " + e.getMessage()
                    + (port != 0 ? " (another program may use it; try --port 0 for any free port)" : ""));
            return Main.FAILED;
        }
        out.println("Backprop Lab is running at http://localhost:" + server.getAddress().getPort() + "/");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.stop(0);
        }
        return Main.OK;
    }
}
