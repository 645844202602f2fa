package org.backproplab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Where the static site's files come from: a directory, a prefix inside a jar, or a classpath root. The
 * whole site is read at once ({@link #readAll}), so that the server never touches the source again: a jar
 * replaced or truncated while it serves changes nothing. Keys are relative paths with "/" ("js/app.js");
 * only regular files are listed, never directories. At most {@value #MAX_FILES} files and
 * {@value #MAX_BYTES} bytes in all, so that a wrongly chosen directory cannot fill the memory.
 */
@FunctionalInterface
public interface SiteSource {
    int MAX_FILES = 10_000;
    long MAX_BYTES = 64L * 1024 * 1024;

    /** Every regular file of the site by relative path, read now. */
    Map<String, byte[]> readAll() throws IOException;

    /**
     * The regular files under {@code directory}. A symbolic link is served only when its target is a regular
     * file inside the directory; links to anything outside (e.g. /etc/passwd) and linked directories are left
     * out.
     */
    static SiteSource directory(Path directory) {
        return () -> {
            Path root = directory.toRealPath();
            Map<String, byte[]> files = new TreeMap<>();
            long[] total = {0};
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Path target = file;
                    if (attributes.isSymbolicLink()) {
                        try {
                            target = file.toRealPath();
                        } catch (IOException e) {
                            return FileVisitResult.CONTINUE; // a dangling link
                        }
                        if (!target.startsWith(root) || !Files.isRegularFile(target)) {
                            return FileVisitResult.CONTINUE;
                        }
                    } else if (!attributes.isRegularFile()) {
                        return FileVisitResult.CONTINUE;
                    }
                    String name = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                    total[0] += Files.size(target);
                    checkLimits(files.size() + 1, total[0], directory.toString());
                    files.put(name, Files.readAllBytes(target));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
                }
            });
            return files;
        };
    }

    /** The files under {@code prefix} ("web/") inside the jar or zip file {@code jar}. */
    static SiteSource jar(Path jar, String prefix) {
        return () -> {
            Map<String, byte[]> files = new TreeMap<>();
            long total = 0;
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    String name = entry.getName();
                    if (entry.isDirectory() || !name.startsWith(prefix) || name.length() == prefix.length()) {
                        continue;
                    }
                    try (InputStream in = zip.getInputStream(entry)) {
                        byte[] bytes = in.readNBytes((int) Math.min(MAX_BYTES - total + 1, Integer.MAX_VALUE - 8));
                        total += bytes.length;
                        checkLimits(files.size() + 1, total, jar + "!/" + prefix);
                        files.put(name.substring(prefix.length()), bytes);
                    }
                }
            }
            return files;
        };
    }

    /**
     * The files under {@code root} ("/web/", starting and ending with "/") where this class was loaded from:
     * inside its jar, or in its class directory (tests and IDEs).
     */
    static SiteSource classpath(String root) {
        return () -> {
            CodeSource code = SiteSource.class.getProtectionDomain().getCodeSource();
            URL location = code == null ? null : code.getLocation();
            if (location == null) {
                throw new IOException("cannot tell where the program was loaded from");
            }
            Path path;
            try {
                path = Path.of(location.toURI());
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw new IOException("the program was loaded from " + location + ", which is not a file", e);
            }
            String relative = root.substring(1);
            if (Files.isDirectory(path)) {
                Path directory = path.resolve(relative);
                return Files.isDirectory(directory) ? directory(directory).readAll() : new TreeMap<>();
            }
            return jar(path, relative).readAll();
        };
    }

    private static void checkLimits(int files, long bytes, String where) throws IOException {
        if (files > MAX_FILES || bytes > MAX_BYTES) {
            throw new IOException(where + " holds more than the " + MAX_FILES + " files or " + (MAX_BYTES >> 20)
                    + " MB a site may have");
        }
    }
}
