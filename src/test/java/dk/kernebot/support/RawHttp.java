package dk.kernebot.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP/1.1 by hand over a socket, for what java.net.http cannot do: send from a chosen loopback address (per-client
 * limits), announce a body far larger than is ever sent, or keep streaming until the server answers.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** The status and body of a response. */
    public record Response(int status, String head, String body, long bytesSent) {
    }

    /** A request with a small body from {@code from} (any 127.x.y.z address). */
    public static Response send(int port, String from, String method, String path, String headers, String body) {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        String head = method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + headers
                + "Content-Length: " + bytes.length + "\r\n\r\n";
        try (Socket socket = open(port, from)) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            return read(socket.getInputStream(), bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sends the head (with whatever Content-Length or Transfer-Encoding {@code headers} claim) and then body bytes,
     * up to {@code maxBytes}, on another thread, until the server answers; returns the answer and how much was sent
     * by then.
     */
    public static Response stream(int port, String method, String path, String headers, boolean chunked, long maxBytes) {
        try (Socket socket = open(port, "127.0.0.1")) {
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + headers
                    + (chunked ? "Transfer-Encoding: chunked\r\n" : "") + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            AtomicLong sent = new AtomicLong();
            Thread writer = new Thread(() -> {
                byte[] block = new byte[64 * 1024];
                java.util.Arrays.fill(block, (byte) 'x');
                byte[] chunkHead = (Integer.toHexString(block.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                try {
                    while (sent.get() < maxBytes && !socket.isClosed()) {
                        if (chunked) {
                            out.write(chunkHead);
                        }
                        out.write(block);
                        if (chunked) {
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                        sent.addAndGet(block.length);
                    }
                    if (chunked) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                } catch (IOException serverClosed) {
                    // The server answered and closed: exactly what the test waits for.
                }
            }, "raw-http-writer");
            writer.setDaemon(true);
            writer.start();
            Response response = read(socket.getInputStream(), -1);
            long atAnswer = sent.get();
            socket.close();
            return new Response(response.status(), response.head(), response.body(), atAnswer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Socket open(int port, String from) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
        // A server that waits for a body it should never read would hang the test; this makes it fail instead.
        socket.setSoTimeout(30_000);
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
        return socket;
    }

    /** Reads the status line, the head and the body up to Content-Length (or to the end of the stream). */
    private static Response read(InputStream in, long sent) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        String text = head.toString();
        if (text.isEmpty()) {
            throw new IOException("The server closed the connection without an answer");
        }
        int status = Integer.parseInt(text.substring(9, 12));
        long length = -1;
        for (String line : text.split("\r\n")) {
            if (line.toLowerCase().startsWith("content-length:")) {
                length = Long.parseLong(line.substring(15).strip());
            }
        }
        byte[] body = length >= 0 ? in.readNBytes((int) length) : new byte[0];
        if (length < 0 && text.toLowerCase().contains("transfer-encoding: chunked")) {
            body = dechunk(in);
        }
        return new Response(status, text, new String(body, StandardCharsets.UTF_8), sent);
    }

    private static byte[] dechunk(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (true) {
            StringBuilder line = new StringBuilder();
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            if (b < 0 || line.isEmpty()) {
                return out.toByteArray();
            }
            int size = Integer.parseInt(line.toString().strip(), 16);
            if (size == 0) {
                return out.toByteArray();
            }
            out.write(in.readNBytes(size));
            in.read();
            in.read();
        }
    }
}
