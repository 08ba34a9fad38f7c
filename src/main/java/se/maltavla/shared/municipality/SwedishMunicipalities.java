package se.maltavla.shared.municipality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sweden's 290 municipalities by code, with their names and counties, from the code list shipped
 * in src/main/resources/municipalities/kommuner.csv (source, date and how to update it:
 * docs/municipalities.md). Read once; no database and no network.
 *
 * <p>A code that is not in the list (a test municipality, a code from a future reform) still works
 * everywhere: the methods that name a municipality then give the code itself.
 */
public final class SwedishMunicipalities {

    static final String RESOURCE = "/municipalities/kommuner.csv";

    static final String HEADER = "kommunkod;kommunnamn;benamning;lanskod;lansnamn";

    private static final Map<String, SwedishMunicipality> BY_CODE = load();

    private SwedishMunicipalities() {}

    /** The municipality with this code, if it is in the code list. */
    public static Optional<SwedishMunicipality> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(BY_CODE.get(code));
    }

    /** "Ronneby" for {@code 1081}; the code itself when the list does not hold it; null for null. */
    public static String name(String code) {
        return find(code).map(SwedishMunicipality::name).orElse(code);
    }

    /** "Ronneby (1081)" for {@code 1081}; the code itself when the list does not hold it; null for null. */
    public static String nameAndCode(String code) {
        return find(code).map(SwedishMunicipality::nameAndCode).orElse(code);
    }

    /** All of them, in code order. */
    public static List<SwedishMunicipality> all() {
        return List.copyOf(BY_CODE.values());
    }

    /** The counties, in code order. */
    public static List<County> counties() {
        return BY_CODE.values().stream()
                .map(SwedishMunicipality::county)
                .distinct()
                .sorted(Comparator.comparing(County::code))
                .toList();
    }

    private static Map<String, SwedishMunicipality> load() {
        try (InputStream in = SwedishMunicipalities.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the list: a header, then one municipality a line, five fields separated by semicolons.
     *
     * @throws IllegalStateException naming the line, for a line that is not five fields, a code
     *     that is not four digits, a county code that is not the code's first two digits, or a
     *     code or county given twice
     */
    static Map<String, SwedishMunicipality> read(Reader source) throws IOException {
        BufferedReader lines = new BufferedReader(source);
        String header = lines.readLine();
        if (!HEADER.equals(header)) {
            throw new IllegalStateException(RESOURCE + ": the first line must be " + HEADER + ", is " + header);
        }
        Map<String, SwedishMunicipality> byCode = new LinkedHashMap<>();
        Map<String, County> counties = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        int number = 1;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] field = line.split(";", -1);
            if (field.length != 5) {
                problems.add("line " + number + " has " + field.length + " fields, not 5: " + line);
                continue;
            }
            String code = field[0];
            County county = counties.computeIfAbsent(field[3], c -> new County(c, field[4]));
            if (!code.matches("[0-9]{4}") || !code.startsWith(field[3]) || field[1].isBlank() || field[2].isBlank()) {
                problems.add("line " + number + ": a four-digit code starting with the county's two digits, "
                        + "a name and a name in text are needed: " + line);
            } else if (!county.name().equals(field[4])) {
                problems.add(
                        "line " + number + ": county " + field[3] + " is " + county.name() + " above, not " + field[4]);
            } else if (byCode.putIfAbsent(code, new SwedishMunicipality(code, field[1], field[2], county)) != null) {
                problems.add("line " + number + ": code " + code + " is given twice");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": " + String.join("; ", problems));
        }
        return byCode;
    }
}
