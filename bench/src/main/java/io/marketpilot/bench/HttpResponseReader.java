package io.marketpilot.bench;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads HTTP/1.1 responses from one keep-alive connection: status line, headers, and a body framed by
 * Content-Length or chunked encoding. Just enough HTTP for a load client that must stay cheap.
 */
final class HttpResponseReader {
    /** One response: status, body text, and whether the server keeps the connection open. */
    record Response(int status, String body, boolean keepAlive) {}

    private byte[] buf = new byte[1 << 14];
    private int start;
    private int end;

    Response read(SocketChannel ch) throws IOException {
        String statusLine = line(ch);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x status line: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        long length = -1;
        boolean chunked = false;
        boolean keepAlive = true;
        for (String h = line(ch); !h.isEmpty(); h = line(ch)) {
            int colon = h.indexOf(':');
            String name = h.substring(0, Math.max(colon, 0)).strip().toLowerCase(Locale.ROOT);
            String value = h.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.contains("chunked");
                case "connection" -> keepAlive = !value.contains("close");
                default -> { }
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(256);
        if (chunked) {
            for (int size = Integer.parseInt(chunkSize(line(ch)), 16); size > 0;
                 size = Integer.parseInt(chunkSize(line(ch)), 16)) {
                bytes(ch, size, body);
                line(ch);
            }
            while (!line(ch).isEmpty()) {
                // trailers: none expected, skipped
            }
        } else if (length >= 0) {
            bytes(ch, length, body);
        } else {
            throw new IOException("response without Content-Length or chunked encoding (status " + status + ")");
        }
        return new Response(status, body.toString(StandardCharsets.UTF_8), keepAlive);
    }

    /** Forgets buffered bytes, for a new connection. */
    void reset() {
        start = 0;
        end = 0;
    }

    private static String chunkSize(String line) {
        int semi = line.indexOf(';');
        return (semi < 0 ? line : line.substring(0, semi)).strip();
    }

    private String line(SocketChannel ch) throws IOException {
        int from = start + 1;
        while (true) {
            for (int i = from; i < end; i++) {
                if (buf[i] == '\n' && buf[i - 1] == '\r') {
                    String s = new String(buf, start, i - 1 - start, StandardCharsets.ISO_8859_1);
                    start = i + 1;
                    return s;
                }
            }
            int scanned = Math.max(end - start, 1);
            fill(ch);
            from = start + scanned;
        }
    }

    private void bytes(SocketChannel ch, long n, ByteArrayOutputStream out) throws IOException {
        long left = n;
        while (left > 0) {
            if (start == end) {
                fill(ch);
            }
            int take = (int) Math.min(left, end - start);
            out.write(buf, start, take);
            start += take;
            left -= take;
        }
    }

    private void fill(SocketChannel ch) throws IOException {
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = ch.read(ByteBuffer.wrap(buf, end, buf.length - end));
        if (n < 0) {
            throw new EOFException("the server closed the connection mid-response");
        }
        end += n;
    }
}
