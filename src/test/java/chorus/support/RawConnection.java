package chorus.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * One HTTP/1.1 keep-alive connection on a plain socket, for what java.net.http hides: several
 * requests on the same connection, bodies of any size, header bytes no client library would send.
 * A read that waits more than ten seconds fails the test, which is what a hung connection does.
 */
public final class RawConnection implements AutoCloseable {

    /** One answer: status, headers (names in lower case) and body. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public Document html() {
            return Jsoup.parse(body);
        }
    }

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    public RawConnection(URI server) {
        try {
            socket = new Socket(server.getHost(), server.getPort());
            socket.setSoTimeout(10_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the request line and headers as given (each ending CRLF is added), then {@code bodyLength} bytes of filler after {@code bodyStart}. */
    public RawConnection send(String head, byte[] bodyStart, long bodyLength, byte[] bodyEnd) {
        try {
            out.write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(bodyStart);
            byte[] filler = new byte[64 * 1024];
            Arrays.fill(filler, (byte) 'a');
            for (long left = bodyLength; left > 0; left -= filler.length) {
                out.write(filler, 0, (int) Math.min(filler.length, left));
            }
            out.write(bodyEnd);
            out.flush();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RawConnection send(String head) {
        return send(head, new byte[0], 0, new byte[0]);
    }

    public Answer read() {
        try {
            String statusLine = line();
            Map<String, String> headers = new LinkedHashMap<>();
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                headers.put(header.substring(0, colon).strip().toLowerCase(Locale.ROOT), header.substring(colon + 1).strip());
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                for (int size = Integer.parseInt(line().strip(), 16); size > 0; size = Integer.parseInt(line().strip(), 16)) {
                    body.write(in.readNBytes(size));
                    line();
                }
                line();
            } else if (headers.containsKey("content-length")) {
                body.write(in.readNBytes(Integer.parseInt(headers.get("content-length"))));
            }
            return new Answer(Integer.parseInt(statusLine.split(" ")[1]), headers, body.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c == -1) {
                throw new EOFException("the server closed the connection");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
