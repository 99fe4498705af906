package io.marketpilot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code marketpilot serve --port 0} as a separate JVM, as a user would run it: killable with SIGKILL. */
final class ServeProcess implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("^listening on (http://[^ ]+:(\\d+))");

    private final Process process;
    private final String url;
    private final List<String> stdout;
    private final Path log;

    private ServeProcess(Process process, String url, List<String> stdout, Path log) {
        this.process = process;
        this.url = url;
        this.stdout = stdout;
        this.log = log;
    }

    /**
     * Starts {@code serve} on a free port over {@code dataDir} and waits until it prints its URL.
     * {@code adminKey} may be null (then serve runs on the stored keys, creating one if there are none).
     */
    static ServeProcess start(Path dataDir, String adminKey, Path log) throws IOException, InterruptedException {
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(javaBin, "--enable-native-access=ALL-UNNAMED", "-Xmx768m",
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "serve", "--port", "0", "--data-dir", dataDir.toString()));
        if (adminKey != null) {
            command.addAll(List.of("--api-key", adminKey));
        }
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().remove("MARKETPILOT_API_KEY");
        Process p = pb.start();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        url.complete(m.group(1));
                    }
                }
            } catch (IOException ignored) {
                // the process was killed: its pipe closes
            }
            url.completeExceptionally(new IllegalStateException("serve exited without printing its URL"));
        }, "serve-stdout");
        reader.setDaemon(true);
        reader.start();
        try {
            return new ServeProcess(p, url.get(60, TimeUnit.SECONDS), lines, log);
        } catch (TimeoutException | ExecutionException e) {
            p.destroyForcibly().waitFor();
            throw new IllegalStateException("serve did not start: " + e.getMessage() + "\nstdout: " + lines
                    + "\nstderr: " + Files.readString(log), e);
        }
    }

    String url() {
        return url;
    }

    /** What serve printed on stdout so far. */
    List<String> stdout() {
        synchronized (stdout) {
            return List.copyOf(stdout);
        }
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed or closed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: the shutdown hook stops the server gracefully, then closes the engine. Returns the exit code. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("serve did not stop within 60 s of SIGTERM");
        }
        return process.exitValue();
    }

    String diagnostics() throws IOException {
        return "stdout: " + stdout + "\nstderr:\n" + Files.readString(log);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
