package se.maltavla.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One program using the API while the import runs (as Power BI or a script would): one request
 * after another over HTTP Basic, for random municipalities, each answer checked as a user of it
 * would: 200 with the whole of what was asked for, or 503 with {@code Retry-After} and a problem
 * document where the stored results cannot be had while an import runs (design decision 0006).
 * Anything else, an exception or a timeout is a failure.
 */
final class ApiClient implements Runnable {

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String CSV_HEADER = "\uFEFFniva;kommun;ar;kod;namn;typ;";

    /**
     * What every answer must hold: the plans do not change during the utfall import, so every
     * municipality's results have the same number of rows, before, during and after it.
     */
    record Expected(int year, int municipalities, int resultRows) {}

    private final LoadLog.Client log;
    private final String base;
    private final String authorization;
    private final List<String> municipalities;
    private final Expected expected;
    private final AtomicBoolean stop;
    private final Random random;
    private final long thinkMillis;

    /**
     * @param thinkMillis the mean pause between an answer and the next request (uniform from 0 to
     *     twice it), as a program does between its requests; 0: none
     */
    ApiClient(
            LoadLog.Client log,
            String base,
            String username,
            String password,
            List<String> municipalities,
            Expected expected,
            AtomicBoolean stop,
            long seed,
            long thinkMillis) {
        this.thinkMillis = thinkMillis;
        this.log = log;
        this.base = base;
        this.authorization = basic(username, password);
        this.municipalities = municipalities;
        this.expected = expected;
        this.stop = stop;
        this.random = new Random(seed);
    }

    static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpClient newHttpClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30))
                .build();
    }

    @Override
    public void run() {
        try (HttpClient http = newHttpClient()) {
            while (!stop.get()) {
                next(http);
                if (thinkMillis > 0) {
                    Thread.sleep(random.nextLong(2 * thinkMillis + 1));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            log.ended();
        }
    }

    /** One request, chosen at random: mostly results (JSON and CSV), some lists. */
    private void next(HttpClient http) {
        String municipality = municipalities.get(random.nextInt(municipalities.size()));
        int choice = random.nextInt(100);
        String results = "/api/v1/municipalities/" + municipality + "/years/" + expected.year() + "/results";
        if (choice < 40) {
            send(http, "results", results, r -> results(r, municipality, LocalDate.of(expected.year(), 12, 31)));
        } else if (choice < 50) {
            // The dashboard's "since the previous tertial": a set of another date, computed on demand.
            LocalDate date =
                    random.nextBoolean() ? LocalDate.of(expected.year(), 4, 30) : LocalDate.of(expected.year(), 8, 31);
            send(http, "results?datum=tertial", results + "?datum=" + date, r -> results(r, municipality, date));
        } else if (choice < 70) {
            send(http, "results.csv", results + ".csv", r -> csv(r, municipality));
        } else if (choice < 85) {
            send(http, "municipalities", "/api/v1/municipalities", this::municipalities);
        } else {
            send(http, "import-runs", "/api/v1/import-runs", ApiClient::importRuns);
        }
    }

    @FunctionalInterface
    private interface Check {
        /** Null when the 200 answer is right, else what is wrong with it. */
        String problem(HttpResponse<String> response);
    }

    private void send(HttpClient http, String kind, String path, Check check) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Authorization", authorization)
                            .timeout(TIMEOUT)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String problem = switch (response.statusCode()) {
                case 200 -> check.problem(response);
                case 503 -> busy(response);
                default -> "status " + response.statusCode();
            };
            if (problem == null) {
                log.answered(kind, String.valueOf(response.statusCode()), start);
            } else {
                log.failed(kind, start, "GET " + path + ": " + problem + " — " + head(response.body()));
            }
        } catch (Exception e) {
            log.failed(kind, start, "GET " + path + ": " + e);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                stop.set(true);
            }
        }
    }

    /** 503 is allowed where the spec allows it: with Retry-After and a problem document saying so. */
    private static String busy(HttpResponse<String> response) {
        if (response.headers()
                .firstValue("Retry-After")
                .filter(v -> v.matches("\\d+"))
                .isEmpty()) {
            return "503 without a Retry-After header (seconds)";
        }
        if (!contentType(response).startsWith("application/problem+json")) {
            return "503 as " + contentType(response) + ", not a problem document";
        }
        JsonNode problem = JSON.readTree(response.body());
        return problem.path("status").asInt() == 503
                        && !problem.path("detail").asString("").isBlank()
                ? null
                : "503 problem document without status or detail";
    }

    private String results(HttpResponse<String> response, String municipality, LocalDate date) {
        if (!contentType(response).startsWith("application/json")) {
            return "content type " + contentType(response);
        }
        JsonNode results = JSON.readTree(response.body());
        if (!municipality.equals(results.path("kommun").asString(""))
                || results.path("ar").asInt() != expected.year()
                || !date.toString().equals(results.path("utvarderingsdatum").asString(""))) {
            return "the results of another municipality, year or date";
        }
        JsonNode rows = results.path("rader");
        if (rows.size() != expected.resultRows()) {
            return rows.size() + " result rows, expected " + expected.resultRows();
        }
        for (JsonNode row : rows) {
            if (!municipality.equals(row.path("kommun").asString(""))) {
                return "a row of municipality " + row.path("kommun");
            }
        }
        return "kommun".equals(rows.get(0).path("niva").asString(""))
                ? null
                : "the first row is not the municipality's";
    }

    private String csv(HttpResponse<String> response, String municipality) {
        String body = response.body();
        if (!body.startsWith(CSV_HEADER)) {
            return "not the results export (BOM and header)";
        }
        List<String> lines = body.lines().toList();
        if (lines.size() != expected.resultRows() + 1) {
            return lines.size() - 1 + " CSV rows, expected " + expected.resultRows();
        }
        for (String line : lines.subList(1, lines.size())) {
            if (!line.contains(";" + municipality + ";" + expected.year() + ";")) {
                return "a row not of " + municipality + ": " + line;
            }
        }
        return null;
    }

    private String municipalities(HttpResponse<String> response) {
        JsonNode list = JSON.readTree(response.body());
        return list.isArray() && list.size() == expected.municipalities()
                ? null
                : "not the " + expected.municipalities() + " municipalities";
    }

    /** The runs, each finished file's counts adding up (rows read = new + updated + unchanged + rejected). */
    private static String importRuns(HttpResponse<String> response) {
        JsonNode runs = JSON.readTree(response.body());
        if (!runs.isArray() || runs.isEmpty()) {
            return "no import runs";
        }
        for (JsonNode run : runs) {
            for (JsonNode file : run.path("filer")) {
                if ("PROCESSING".equals(file.path("status").asString(""))) {
                    continue;
                }
                long sum = file.path("nya").asLong()
                        + file.path("uppdaterade").asLong()
                        + file.path("oforandrade").asLong()
                        + file.path("avvisade").asLong();
                if (file.path("lasta").asLong() != sum) {
                    return "run " + run.path("id") + ", file " + file.path("fil") + ": read " + file.path("lasta")
                            + " ≠ new + updated + unchanged + rejected " + sum;
                }
            }
        }
        return null;
    }

    private static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private static String head(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }
}
