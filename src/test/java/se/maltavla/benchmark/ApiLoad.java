package se.maltavla.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Load on the API's results endpoint with Debian's wrk: a fixed number of connections, each
 * sending its next request as soon as the last one is answered, HTTP Basic on every request
 * (as Power BI and Excel send it), rotating over the municipalities. A Lua {@code done} function
 * prints the latency percentiles in one line that this class reads.
 */
final class ApiLoad {

    static final Path WRK = Path.of("/usr/bin/wrk");

    record Result(
            String label,
            String options,
            int connections,
            long requests,
            double seconds,
            long errors,
            Map<String, Double> latencyMs,
            String output) {

        double requestsPerSecond() {
            return requests / seconds;
        }

        double ms(String key) {
            return latencyMs.getOrDefault(key, Double.NaN);
        }
    }

    private static final Pattern SUMMARY = Pattern.compile("MALTAVLA-WRK (.*)");
    private static final Pattern FIELD = Pattern.compile("(\\w+)=([0-9.]+)");

    private final String base;
    private final String authorization;
    private final List<String> municipalities;
    private final int year;
    private final Path work;

    ApiLoad(String base, String username, String password, List<String> municipalities, int year, Path work) {
        this.base = base;
        this.authorization = "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.municipalities = municipalities;
        this.year = year;
        this.work = work;
    }

    static String path(String municipality, int year) {
        return "/api/v1/municipalities/" + municipality + "/years/" + year + "/results";
    }

    Result run(String label, int threads, int connections, Duration duration) throws IOException, InterruptedException {
        return run(label, threads, connections, duration, Map.of());
    }

    /**
     * As {@link #run(String, int, int, Duration)}, each request naming the municipality's entity
     * tag in If-None-Match (as a client that keeps its last answer revalidates it): the server
     * answers 304 without a body while the figures are unchanged.
     */
    Result revalidate(String label, int threads, int connections, Duration duration)
            throws IOException, InterruptedException {
        return run(label, threads, connections, duration, tags());
    }

    /** The current entity tag of every municipality's results. */
    Map<String, String> tags() throws IOException, InterruptedException {
        Map<String, String> tags = new HashMap<>();
        try (java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient()) {
            for (String code : municipalities) {
                var response = client.send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path(code, year)))
                                .header("Authorization", authorization)
                                .header("Accept", "application/json")
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding());
                String tag = response.headers().firstValue("ETag").orElse(null);
                if (response.statusCode() != 200 || tag == null) {
                    throw new IllegalStateException(
                            "GET results of " + code + ": " + response.statusCode() + ", ETag " + tag);
                }
                tags.put(code, tag);
            }
        }
        return tags;
    }

    private Result run(String label, int threads, int connections, Duration duration, Map<String, String> tags)
            throws IOException, InterruptedException {
        Path script = work.resolve("wrk-results.lua");
        Files.writeString(script, script(tags));
        List<String> command = List.of(
                WRK.toString(),
                "-t" + threads,
                "-c" + connections,
                "-d" + duration.toSeconds() + "s",
                "--timeout",
                "10s",
                "--latency",
                "-s",
                script.toString(),
                base);
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = wrk.waitFor();
        Matcher summary = SUMMARY.matcher(output);
        if (exit != 0 || !summary.find()) {
            throw new IllegalStateException(
                    "wrk failed (exit " + exit + "): " + String.join(" ", command) + "\n" + output);
        }
        Map<String, Double> fields = new HashMap<>();
        Matcher field = FIELD.matcher(summary.group(1));
        while (field.find()) {
            fields.put(field.group(1), Double.parseDouble(field.group(2)));
        }
        Map<String, Double> latency = fields.entrySet().stream()
                .filter(e -> e.getKey().endsWith("_us"))
                .collect(Collectors.toMap(e -> e.getKey().replace("_us", ""), e -> e.getValue() / 1000));
        long errors = Math.round(fields.get("status_errors")
                + fields.get("connect_errors")
                + fields.get("read_errors")
                + fields.get("write_errors")
                + fields.get("timeouts"));
        String options =
                String.join(" ", command.subList(1, command.size() - 3)).replace(" --timeout 10s", "");
        return new Result(
                label,
                options,
                connections,
                Math.round(fields.get("requests")),
                fields.get("duration_us") / 1e6,
                errors,
                latency,
                output.replace(summary.group(), "").strip());
    }

    private String script(Map<String, String> tags) {
        String codes = municipalities.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(", "));
        String tagTable = tags.entrySet().stream()
                .map(e -> "[\"" + e.getKey() + "\"] = '" + e.getValue() + "'")
                .collect(Collectors.joining(", "));
        return """
                -- Written by DashboardBenchmark: GET the results of one municipality after another
                -- (with If-None-Match and the municipality's tag when tags are given).
                local codes = { %s }
                local tags = { %s }
                local headers = { ["Authorization"] = "%s", ["Accept"] = "application/json" }
                local counter = 0
                local threads = {}

                function setup(thread)
                  thread:set("offset", #threads * 97)
                  table.insert(threads, thread)
                end

                function init(args)
                  counter = offset or 0
                end

                function request()
                  counter = counter + 1
                  local code = codes[(counter %% #codes) + 1]
                  headers["If-None-Match"] = tags[code]
                  return wrk.format("GET", "/api/v1/municipalities/" .. code .. "/years/%d/results", headers)
                end

                function done(summary, latency, requests)
                  local e = summary.errors
                  io.write(string.format("MALTAVLA-WRK requests=%%d duration_us=%%d status_errors=%%d connect_errors=%%d "
                    .. "read_errors=%%d write_errors=%%d timeouts=%%d mean_us=%%.0f p50_us=%%d p90_us=%%d p95_us=%%d "
                    .. "p99_us=%%d max_us=%%d\\n", summary.requests, summary.duration, e.status, e.connect, e.read,
                    e.write, e.timeout, latency.mean, latency:percentile(50), latency:percentile(90),
                    latency:percentile(95), latency:percentile(99), latency.max))
                end
                """.formatted(codes, tagTable, authorization, year);
    }
}
