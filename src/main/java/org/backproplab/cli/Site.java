package org.backproplab.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * The static site held in memory, ready to send: per file one shared byte array, a gzip copy when that is
 * smaller (for text types), the Content-Type and an ETag (a hash of the bytes). Immutable once loaded; every
 * response sends these arrays as they are, so 200 parallel downloads cost no copies.
 */
final class Site {
    /** A file ready to send. {@code gzip} is null when compressing does not pay (images, tiny files). */
    record Entry(byte[] bytes, byte[] gzip, String contentType, String etag, String gzipEtag) {
    }

    private final Map<String, Entry> entries;

    /** {@code entries} by relative path; tests may pass a map that fails, to see how the server copes. */
    Site(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** Reads every file of {@code source} now and compresses the text ones. */
    static Site load(SiteSource source) throws IOException {
        Map<String, Entry> entries = new HashMap<>();
        for (Map.Entry<String, byte[]> file : source.readAll().entrySet()) {
            byte[] bytes = file.getValue();
            String type = contentType(file.getKey());
            byte[] gzip = compressible(type) ? gzip(bytes) : null;
            if (gzip != null && gzip.length >= bytes.length) {
                gzip = null;
            }
            String hash = hash(bytes);
            entries.put(file.getKey(), new Entry(bytes, gzip, type, "\"" + hash + "\"", "\"" + hash + "-gzip\""));
        }
        return new Site(Map.copyOf(entries));
    }

    /** The file at a relative path ("js/app.js"), or null. */
    Entry get(String relativePath) {
        return relativePath == null ? null : entries.get(relativePath);
    }

    boolean has(String relativePath) {
        return entries.containsKey(relativePath);
    }

    /** The Content-Type for a file name, by extension; application/octet-stream when unknown. */
    static String contentType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String extension = dot < 0 ? "" : lower.substring(dot + 1);
        return switch (extension) {
            case "html", "htm" -> "text/html; charset=utf-8";
            case "js", "mjs" -> "text/javascript; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "json", "map" -> "application/json";
            case "wasm" -> "application/wasm";
            case "png" -> "image/png";
            case "svg" -> "image/svg+xml";
            case "ico" -> "image/x-icon";
            case "txt", "md" -> "text/plain; charset=utf-8";
            case "csv" -> "text/csv; charset=utf-8";
            default -> "application/octet-stream";
        };
    }

    private static boolean compressible(String type) {
        return type.startsWith("text/") || type.equals("application/json") || type.equals("application/wasm")
                || type.equals("image/svg+xml");
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        return out.toByteArray();
    }

    private static String hash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
