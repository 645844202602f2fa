package org.backproplab.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The real jar's {@code java -jar backprop-lab.jar serve --port 0} in a JVM of its own, for as long as the test
 * holds it: {@link #url()} is the address its first line printed (http://127.0.0.1:P/).
 */
final class JarServe implements AutoCloseable {
    private final Process server;
    private final String url;

    private JarServe(Process server, String url) {
        this.server = server;
        this.url = url;
    }

    static JarServe start() throws IOException {
        String jar = System.getProperty("backproplab.jar", "target/backprop-lab.jar");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process server = new ProcessBuilder(java, "-jar", jar, "serve", "--port", "0").redirectErrorStream(true).start();
        String line = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        if (line == null || !line.contains("http://127.0.0.1:")) {
            server.destroy();
        }
        assertTrue(line != null && line.contains("http://127.0.0.1:"), "first line of serve: " + line);
        return new JarServe(server, line.substring(line.indexOf("http://")));
    }

    /** The address serve printed, ending in "/". */
    String url() {
        return url;
    }

    @Override
    public void close() throws InterruptedException {
        server.destroy();
        server.waitFor(10, TimeUnit.SECONDS);
    }
}
