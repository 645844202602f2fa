package org.backproplab.cli;

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
        Site site;
        try {
            site = Site.load(SiteSource.classpath("/web/"));
        } catch (IOException | RuntimeException e) {
            err.println("error: cannot read the web site bundled in this program: " + e.getMessage());
            return Main.FAILED;
        }
        if (!site.has("index.html")) {
            err.println("error: this jar holds no web site (/web/index.html is missing); build it with mvn package");
            return Main.FAILED;
        }
        StaticSiteServer server;
        try {
            server = StaticSiteServer.start(port, site, StaticSiteServer.Limits.DEFAULT, err);
        } catch (IOException e) {
            err.println("error: cannot serve on port " + port + ": " + e.getMessage()
                    + (port != 0 ? " (another program may use it; try --port 0 for any free port)" : ""));
            return Main.FAILED;
        }
        out.println("Backprop Lab is running at " + server.url());
        out.println("Press Ctrl-C to stop.");
        out.flush();
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.close();
        }
        return Main.OK;
    }
}
