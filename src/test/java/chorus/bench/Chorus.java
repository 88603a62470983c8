package chorus.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Chorus's jar running in its own process, as production runs it, on a free port. */
final class Chorus implements AutoCloseable {

    private final Process process;
    private final URI base;
    private final long started;
    private final Path log;

    private Chorus(Process process, URI base, long started, Path log) {
        this.process = process;
        this.base = base;
        this.started = started;
        this.log = log;
    }

    static Chorus start(Path jar, Path home, Map<String, String> environment, List<String> jvmOptions) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dchorus.home=" + home, "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("CHORUS_PORT", Integer.toString(port));
        Path log = Files.createTempFile("chorus-bench", ".log");
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        long started = System.nanoTime();
        return new Chorus(builder.start(), URI.create("http://127.0.0.1:" + port), started, log);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    URI base() {
        return base;
    }

    /** Waits for the first 200 from /health and says how long it took from the process start. */
    Duration startUp() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        long deadline = started + Duration.ofSeconds(600).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Chorus stopped while starting:\n" + Files.readString(log));
            }
            try {
                HttpResponse<Void> health = client.send(HttpRequest.newBuilder(base.resolve("/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - started);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("Chorus did not start:\n" + Files.readString(log));
    }

    /**
     * Milliseconds the JIT has spent compiling in this process so far, summed over its compiler
     * threads: HotSpot's own counter ({@code java.ci.totalTime}, in ticks of {@code sun.os.hrt.frequency}),
     * read with jcmd as jstat reads it.
     */
    long compilingMillis() throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(process.pid()), "PerfCounter.print").redirectErrorStream(true).start();
        String counters = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        jcmd.waitFor();
        return counter(counters, "java.ci.totalTime") * 1000 / counter(counters, "sun.os.hrt.frequency");
    }

    private static long counter(String counters, String name) {
        for (String line : counters.split("\n")) {
            if (line.startsWith(name + "=")) {
                return Long.parseLong(line.substring(name.length() + 1).trim());
            }
        }
        throw new IllegalStateException("jcmd PerfCounter.print gave no " + name + ":\n" + counters);
    }

    /** The process's resident memory now, in KB (VmRSS). */
    long residentKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return 0;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
