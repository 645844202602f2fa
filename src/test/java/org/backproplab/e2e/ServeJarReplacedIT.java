package org.backproplab.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar backprop-lab.jar serve} keeps serving when its jar is rebuilt underneath it (a teacher
 * running mvn package while the lab is open): the site was read into memory at start.
 */
class ServeJarReplacedIT {
    @TempDir
    Path dir;

    @Test
    void aTruncatedThenDeletedJarStillServesTheSameBytes() throws Exception {
        Path jar = dir.resolve("backprop-lab.jar");
        Files.copy(Path.of(System.getProperty("backproplab.jar", "target/backprop-lab.jar")), jar);
        byte[] script;
        try (ZipFile zip = new ZipFile(jar.toFile()); InputStream in = zip.getInputStream(
                zip.getEntry("web/js/backprop-lab.js"))) {
            script = in.readAllBytes();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Process server = new ProcessBuilder(java, "-jar", jar.toString(), "serve", "--port", "0")
                .redirectErrorStream(true).start();
        try {
            String line = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertTrue(line != null && line.startsWith("Backprop Lab is running at http://127.0.0.1:"), line);
            String url = line.substring(line.indexOf("http://"));
            HttpClient client = HttpClient.newHttpClient();

            Files.write(jar, new byte[] {'P', 'K', 3, 4}); // mid-rebuild
            HttpResponse<byte[]> truncated = client.send(HttpRequest.newBuilder(URI.create(url + "js/backprop-lab.js"))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, truncated.statusCode());
            assertArrayEquals(script, truncated.body());

            Files.delete(jar);
            HttpResponse<String> index = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, index.statusCode());
            assertTrue(index.body().contains("js/start.js"));
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
