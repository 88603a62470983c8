package chorus.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A visitor with its own cookies, as one phone would be: follows no redirects so tests can see
 * each 303, and parses every HTML answer.
 */
public final class WebClient {

    /** One answer from Chorus. */
    public record Reply(int status, String body, HttpResponse<String> raw) {

        public Document html() {
            return Jsoup.parse(body);
        }

        public String location() {
            return raw.headers().firstValue("Location").map(l -> URI.create(l).getPath()).orElse(null);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private final URI base;
    private final HttpClient http;
    private final CookieManager cookies;
    private final List<String[]> headers = new ArrayList<>();
    private java.util.function.Consumer<Reply> onReply = reply -> { };

    public WebClient(URI base) {
        this(base, new CookieManager(null, CookiePolicy.ACCEPT_ALL));
    }

    private WebClient(URI base, CookieManager cookies) {
        this.base = base;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(5)).cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The same browser talking to another Chorus instance: same cookies, other address. */
    public WebClient at(URI otherBase) {
        WebClient other = new WebClient(otherBase, cookies);
        other.headers.addAll(headers);
        return other;
    }

    public WebClient header(String name, String value) {
        headers.add(new String[] {name, value});
        return this;
    }

    /** Also hands every reply to {@code watcher}, e.g. to record any error page met along the way. */
    public WebClient onReply(java.util.function.Consumer<Reply> watcher) {
        this.onReply = watcher;
        return this;
    }

    public CookieManager cookies() {
        return cookies;
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    /** The body of a GET as bytes, for a download that is not text, such as a PDF. */
    public byte[] getBytes(String path) {
        try {
            HttpResponse<byte[]> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError(path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts fields in order; a field may repeat, as checkboxes do: post(path, "a", "1", "a", "2"). */
    public Reply post(String path, String... fieldsAndValues) {
        return postRaw(path, encode(fieldsAndValues));
    }

    public Reply postRaw(String path, String body) {
        return postRaw(path, "application/x-www-form-urlencoded", body);
    }

    /** Posts a body of any type, as a script or another site might. */
    public Reply postRaw(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Sends any method without a body: PUT, DELETE, OPTIONS, TRACE, HEAD, or one HTTP does not define. */
    public Reply send(String method, String path) {
        return send(request(path).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /**
     * Posts a multipart form as a browser sends a file upload: fields in order, then one file part
     * (name, file name, bytes; a null file name sends the part a browser sends when no file was chosen).
     */
    public Reply postMultipart(String path, String fileField, String fileName, byte[] file, String... fieldsAndValues) {
        String boundary = "----chorus" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fieldsAndValues[i] + "\"\r\n\r\n"
                    + fieldsAndValues[i + 1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + (fileName == null ? "" : fileName) + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file == null ? new byte[0] : file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** The same, with the fields as a map and the file as text. */
    public Reply postMultipart(String path, Map<String, String> fields, String fileField, String fileName, String content) {
        String[] pairs = fields.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                .toArray(String[]::new);
        return postMultipart(path, fileField, fileName, content == null ? null : content.getBytes(StandardCharsets.UTF_8), pairs);
    }

    /** Follows a 303 as a browser would. */
    public Reply follow(Reply reply) {
        if (reply.status() != 303) {
            throw new AssertionError("expected a 303 redirect but got " + reply.status() + ":\n" + reply.body());
        }
        return get(reply.location());
    }

    public static String encode(String... fieldsAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(fieldsAndValues[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(fieldsAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    public static Map<String, String> hiddenFields(Document page) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        page.select("input[type=hidden]").forEach(input -> fields.put(input.attr("name"), input.attr("value")));
        return fields;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(java.time.Duration.ofSeconds(20));
        headers.forEach(h -> builder.header(h[0], h[1]));
        return builder;
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Reply reply = new Reply(response.statusCode(), response.body(), response);
            onReply.accept(reply);
            return reply;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
