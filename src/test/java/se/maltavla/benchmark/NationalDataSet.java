package se.maltavla.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A national-scale data set as Swedish Excel writes it (UTF-8 with BOM, {@code ;}, decimal comma,
 * CRLF): for each of 290 municipalities a strategi file and a handlingsplan file with 300 number
 * indicators for plan year 2016, and one national utfall file whose rows are spread over all
 * 87,000 indicators and the periods of 2016 so that every key (kommun, indikator_kod, period) is
 * unique (≈ 11–12 values per indicator for 1,000,000 rows).
 */
final class NationalDataSet {

    static final int PLAN_YEAR = 2016;
    static final int INDICATORS_PER_MUNICIPALITY = 300;

    /** Periods of 2016 an indicator may have values for, in the order they are handed out. */
    static final List<String> PERIODS = periods();

    /** Committees of every municipality: code prefix and name. */
    private static final String[][] COMMITTEES = {
        {"KS", "Kommunstyrelsen"},
        {"BUN", "Barn- och utbildningsnämnden"},
        {"SN", "Socialnämnden"},
        {"KFN", "Kultur- och fritidsnämnden"},
        {"MBN", "Miljö- och byggnadsnämnden"},
        {"TN", "Tekniska nämnden"}
    };

    private static final int GOALS_PER_COMMITTEE = 5;
    private static final int INDICATORS_PER_GOAL =
            INDICATORS_PER_MUNICIPALITY / (COMMITTEES.length * GOALS_PER_COMMITTEE);

    /** Counties (län) with their real number of municipalities: 290 in all. */
    private static final int[][] COUNTIES = {
        {1, 26}, {3, 8}, {4, 9}, {5, 13}, {6, 13}, {7, 8}, {8, 12}, {9, 1}, {10, 5}, {12, 33}, {13, 6}, {14, 49},
        {17, 16}, {18, 12}, {19, 10}, {20, 15}, {21, 10}, {22, 7}, {23, 8}, {24, 15}, {25, 14}
    };

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    enum Order {
        /** Grouped by municipality and indicator, periods within (a concatenation of template files). */
        INDICATOR,
        /** Period by period over every indicator (an export per period). */
        PERIOD
    }

    final Path planFolder;
    final Path utfallFile;
    final List<String> municipalities;
    final long rows;
    final long indicators;

    private NationalDataSet(Path planFolder, Path utfallFile, List<String> municipalities, long rows) {
        this.planFolder = planFolder;
        this.utfallFile = utfallFile;
        this.municipalities = municipalities;
        this.rows = rows;
        this.indicators = (long) municipalities.size() * INDICATORS_PER_MUNICIPALITY;
    }

    static long maxRows() {
        return 290L * INDICATORS_PER_MUNICIPALITY * PERIODS.size();
    }

    static NationalDataSet generate(Path folder, long rows, Order order) {
        List<String> municipalities = municipalityCodes();
        long indicators = (long) municipalities.size() * INDICATORS_PER_MUNICIPALITY;
        if (rows < 1 || rows > maxRows()) {
            throw new IllegalArgumentException("ROWS must be between 1 and " + maxRows() + " (" + indicators
                    + " indicators × " + PERIODS.size() + " periods of " + PLAN_YEAR + ")");
        }
        try {
            Path plans = Files.createDirectories(folder.resolve("plans"));
            for (String kommun : municipalities) {
                writeStrategy(plans.resolve("strategi-" + kommun + ".csv"), kommun);
                writePlan(plans.resolve("handlingsplan-" + kommun + ".csv"), kommun);
            }
            Path utfall = folder.resolve("utfall-" + PLAN_YEAR + "-nationell.csv");
            writeUtfall(utfall, municipalities, rows, order);
            return new NationalDataSet(plans, utfall, municipalities, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 290 four-digit codes: county (01–25) and a number within it, like 0114 or 1081. */
    static List<String> municipalityCodes() {
        List<String> codes = new ArrayList<>();
        for (int[] county : COUNTIES) {
            for (int k = 0; k < county[1]; k++) {
                int number = county[1] == 1 ? 80 : 14 + k * (98 - 14) / (county[1] - 1);
                codes.add(String.format("%02d%02d", county[0], number));
            }
        }
        return codes;
    }

    /** How many values indicator {@code i} (0-based, file order) gets: spread evenly over all. */
    static int valuesOf(long i, long indicators, long rows) {
        return (int) ((i + 1) * rows / indicators - i * rows / indicators);
    }

    static String indicatorCode(int committee, int goal, int indicator) {
        return COMMITTEES[committee][0] + "-16-" + (goal + 1) + "." + (indicator + 1);
    }

    private static void writeStrategy(Path file, String kommun) throws IOException {
        try (Writer out = open(file)) {
            line(out, "kommun;strategi;typ;kod;namn;kopplingar;giltig_fran;giltig_till;antagen");
            line(
                    out,
                    kommun + ";INT-2016;strategi;INT-2016;Internationell strategi för kommun " + kommun
                            + " 2016–2019;;2016-01-01;2019-12-31;KF 2015-12-10");
            line(out, kommun + ";INT-2016;overgripande_mal;OM1;Ökad internationell samverkan;;;;");
            line(out, kommun + ";INT-2016;overgripande_mal;OM2;Stärkt attraktionskraft;;;;");
            line(out, kommun + ";INT-2016;prioriterat_omrade;PO1;Hållbara städer;OM1;;;");
            line(out, kommun + ";INT-2016;prioriterat_omrade;PO2;Aktivt åldrande;OM1|OM2;;;");
            line(out, kommun + ";INT-2016;prioriterat_omrade;PO3;Kompetensförsörjning;OM2;;;");
            line(out, kommun + ";INT-2016;perspektiv;PER1;Jämställdhet;;;;");
        }
    }

    private static void writePlan(Path file, String kommun) throws IOException {
        Random random = new Random(kommun.hashCode());
        try (Writer out = open(file)) {
            line(
                    out,
                    "kommun;namnd;ar;mal_kod;mal;kopplingar;indikator_kod;indikator;typ;riktning;enhet;"
                            + "utgangsvarde;malvarde;vikt;agare;utforare;perspektiv");
            for (int c = 0; c < COMMITTEES.length; c++) {
                for (int g = 0; g < GOALS_PER_COMMITTEE; g++) {
                    String goal = COMMITTEES[c][0] + "-16-" + (g + 1);
                    for (int i = 0; i < INDICATORS_PER_GOAL; i++) {
                        boolean decrease = random.nextInt(4) == 0;
                        int baseline = 10 + random.nextInt(990);
                        int target = decrease ? baseline * 8 / 10 : baseline * 12 / 10;
                        line(
                                out,
                                kommun + ';' + COMMITTEES[c][1] + ';' + PLAN_YEAR + ';' + goal
                                        + ";Mål " + (g + 1) + " för " + COMMITTEES[c][1].toLowerCase() + ";PO"
                                        + (1 + (g % 3))
                                        + ';' + indicatorCode(c, g, i) + ";Andel nöjda invånare, mätning " + (i + 1)
                                        + ";tal;" + (decrease ? "minska" : "öka") + ";st;" + baseline + ";" + target
                                        + ",5;1;"
                                        + "Förvaltningschef;Internationell samordnare;" + (i % 4 == 0 ? "PER1" : ""));
                    }
                }
            }
        }
    }

    private static void writeUtfall(Path file, List<String> municipalities, long rows, Order order) throws IOException {
        long indicators = (long) municipalities.size() * INDICATORS_PER_MUNICIPALITY;
        Random random = new Random(20161231L);
        StringBuilder value = new StringBuilder(16);
        try (Writer out = open(file)) {
            line(out, "kommun;indikator_kod;period;varde");
            if (order == Order.INDICATOR) {
                for (long i = 0; i < indicators; i++) {
                    int count = valuesOf(i, indicators, rows);
                    for (int p = 0; p < count; p++) {
                        row(out, municipalities, i, p, random, value);
                    }
                }
            } else {
                for (int p = 0; p < PERIODS.size(); p++) {
                    for (long i = 0; i < indicators; i++) {
                        if (p < valuesOf(i, indicators, rows)) {
                            row(out, municipalities, i, p, random, value);
                        }
                    }
                }
            }
        }
    }

    private static void row(Writer out, List<String> municipalities, long i, int p, Random random, StringBuilder value)
            throws IOException {
        String kommun = municipalities.get((int) (i / INDICATORS_PER_MUNICIPALITY));
        int within = (int) (i % INDICATORS_PER_MUNICIPALITY);
        int committee = within / (GOALS_PER_COMMITTEE * INDICATORS_PER_GOAL);
        int goal = within / INDICATORS_PER_GOAL % GOALS_PER_COMMITTEE;
        int indicator = within % INDICATORS_PER_GOAL;
        value.setLength(0);
        value.append(random.nextInt(5000));
        int decimals = random.nextInt(3);
        if (decimals > 0) {
            value.append(',').append(decimals == 1 ? random.nextInt(10) : 10 + random.nextInt(90));
        }
        out.write(kommun);
        out.write(';');
        out.write(indicatorCode(committee, goal, indicator));
        out.write(';');
        out.write(PERIODS.get(p));
        out.write(';');
        out.append(value);
        out.write("\r\n");
    }

    private static List<String> periods() {
        List<String> periods = new ArrayList<>();
        for (int t = 1; t <= 3; t++) {
            periods.add(PLAN_YEAR + "-T" + t);
        }
        for (int q = 1; q <= 4; q++) {
            periods.add(PLAN_YEAR + "-Q" + q);
        }
        for (int m = 1; m <= 12; m++) {
            periods.add(String.format("%d-%02d", PLAN_YEAR, m));
        }
        periods.add(PLAN_YEAR + "-H1");
        periods.add(PLAN_YEAR + "-H2");
        periods.add(String.valueOf(PLAN_YEAR));
        return List.copyOf(periods);
    }

    private static Writer open(Path file) throws IOException {
        OutputStream stream = Files.newOutputStream(file);
        stream.write(BOM);
        return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
    }

    private static void line(Writer out, String line) throws IOException {
        out.write(line);
        out.write("\r\n");
    }
}
