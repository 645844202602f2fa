package org.backproplab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the static site's files come from: classpath resources under a root (the jar's /web/), or a
 * directory (tests). Paths are relative ("js/app.js") and already checked by the server: no "..", no
 * backslashes, no empty segments. Only regular files are found, never directories.
 */
public interface SiteSource {

    /** The file's bytes, or null when there is no such regular file. */
    byte[] read(String relativePath) throws IOException;

    default boolean exists(String relativePath) {
        try {
            return read(relativePath) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** Files in {@code directory}. */
    static SiteSource directory(Path directory) {
        Path root = directory.toAbsolutePath().normalize();
        return relativePath -> {
            Path file = root.resolve(relativePath).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                return null;
            }
            return Files.readAllBytes(file);
        };
    }

    /** Classpath resources under {@code root}, which starts and ends with "/" (e.g. "/web/"). */
    static SiteSource classpath(String root) {
        return relativePath -> {
            URL url = SiteSource.class.getResource(root + relativePath);
            if (url == null) {
                return null;
            }
            URLConnection connection = url.openConnection();
            if (connection instanceof JarURLConnection jar) {
                if (jar.getJarEntry() == null || jar.getJarEntry().isDirectory()) {
                    return null;
                }
            } else if ("file".equals(url.getProtocol())) {
                try {
                    if (!Files.isRegularFile(Path.of(url.toURI()))) {
                        return null;
                    }
                } catch (URISyntaxException | IllegalArgumentException e) {
                    return null;
                }
            }
            try (InputStream in = connection.getInputStream()) {
                return in.readAllBytes();
            }
        };
    }
}
