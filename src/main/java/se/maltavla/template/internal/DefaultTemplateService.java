package se.maltavla.template.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Collator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import se.maltavla.actionplan.ActionPlanService;
import se.maltavla.actionplan.Goal;
import se.maltavla.actionplan.Indicator;
import se.maltavla.fulfilment.FulfilmentService;
import se.maltavla.fulfilment.LockedYear;
import se.maltavla.shared.InvalidValueException;
import se.maltavla.shared.MunicipalityCode;
import se.maltavla.shared.i18n.Messages;
import se.maltavla.shared.municipality.SwedishMunicipalities;
import se.maltavla.strategy.StrategyService;
import se.maltavla.template.TemplateException;
import se.maltavla.template.TemplateException.Reason;
import se.maltavla.template.TemplateFile;
import se.maltavla.template.TemplateKind;
import se.maltavla.template.TemplateService;

/**
 * Builds the templates from the plans and values the action plan service reads, checking first
 * what the import would refuse: an unknown municipality, plan year or nämnd, and a locked year
 * (docs/year-end.md; the import rejects every row for it, so no template is made). At most
 * {@code maltavla.template.slots} workbooks are built at once (each holds its rows in memory);
 * a request waits up to a minute for a slot.
 */
@Service
class DefaultTemplateService implements TemplateService {

    /** More rows than this are not a template anyone fills in by hand (and would strain the memory). */
    static final int MAX_ROWS = 100_000;

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final ActionPlanService plans;
    private final FulfilmentService fulfilment;
    private final StrategyService strategies;
    private final MessageSource messages;
    private final Semaphore slots;

    DefaultTemplateService(
            ActionPlanService plans,
            FulfilmentService fulfilment,
            StrategyService strategies,
            MessageSource messages,
            @Value("${maltavla.template.slots:2}") int slots) {
        this.plans = plans;
        this.fulfilment = fulfilment;
        this.strategies = strategies;
        this.messages = messages;
        this.slots = new Semaphore(Math.max(1, slots), true);
    }

    @Override
    public List<String> committees(String municipality, int year) {
        String code = known(municipality);
        planYear(code, year);
        return committeesOf(plans.goals(code, year));
    }

    @Override
    public TemplateFile workbook(TemplateKind kind, String municipality, int year, String committee, Locale language) {
        Request request = request(kind, municipality, year);
        String resolved = committee == null || committee.isBlank() ? null : committee(request, committee);
        return inSlot(() -> {
            byte[] content = bytes(build(request, resolved, language));
            return new TemplateFile(fileName(request, resolved, "xlsx", language), TemplateFile.XLSX, content);
        });
    }

    @Override
    public TemplateFile everyCommittee(TemplateKind kind, String municipality, int year, Locale language) {
        Request request = request(kind, municipality, year);
        return inSlot(() -> {
            ByteArrayOutputStream zip = new ByteArrayOutputStream();
            Set<String> taken = new java.util.HashSet<>();
            try (ZipOutputStream out = new ZipOutputStream(zip)) {
                for (String committee : request.committees()) {
                    String name = FileNames.unique(fileName(request, committee, "xlsx", language), taken);
                    out.putNextEntry(new ZipEntry(name));
                    try (XSSFWorkbook workbook = build(request, committee, language)) {
                        workbook.write(out);
                    }
                    out.closeEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new TemplateFile(fileName(request, null, "zip", language), TemplateFile.ZIP, zip.toByteArray());
        });
    }

    /** What every template needs, checked: the municipality, the plan year, no lock, and the year's plans. */
    private record Request(
            TemplateKind kind,
            String municipality,
            String name,
            int year,
            List<Indicator> indicators,
            Map<String, Indicator> previous,
            List<String> committees) {}

    private Request request(TemplateKind kind, String municipality, int year) {
        String code = known(municipality);
        String name = SwedishMunicipalities.name(code);
        planYear(code, year);
        int filled = kind == TemplateKind.UTFALL ? year : year + 1;
        Optional<LockedYear> lock = fulfilment.locked(code, filled);
        if (lock.isPresent()) {
            throw new TemplateException(
                    Reason.LOCKED,
                    kind == TemplateKind.UTFALL ? "template.error.locked" : "template.error.locked.next",
                    String.valueOf(filled),
                    name,
                    String.valueOf(lock.get().version()),
                    lock.get()
                            .lockedAt()
                            .atZoneSameInstant(SWEDEN)
                            .toLocalDate()
                            .toString());
        }
        List<Indicator> indicators = plans.indicators(code, year);
        Map<String, Indicator> previous = new HashMap<>();
        if (kind == TemplateKind.UTFALL && fulfilment.planYears(code).contains(year - 1)) {
            for (Indicator indicator : plans.indicators(code, year - 1)) {
                previous.put(indicator.code().toLowerCase(Locale.ROOT), indicator);
            }
        }
        return new Request(kind, code, name, year, indicators, previous, committeesOf(plans.goals(code, year)));
    }

    private String known(String municipality) {
        String code;
        try {
            code = MunicipalityCode.parse(municipality).value();
        } catch (InvalidValueException e) {
            throw new TemplateException(Reason.NOT_FOUND, "template.error.municipality", String.valueOf(municipality));
        }
        if (strategies.municipality(code).isEmpty()) {
            throw new TemplateException(Reason.NOT_FOUND, "template.error.municipality", code);
        }
        return code;
    }

    private void planYear(String code, int year) {
        List<Integer> years = fulfilment.planYears(code);
        if (!years.contains(year)) {
            String listed = years.isEmpty()
                    ? "–"
                    : years.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
            throw new TemplateException(
                    Reason.NOT_FOUND,
                    "template.error.year",
                    SwedishMunicipalities.name(code),
                    String.valueOf(year),
                    listed);
        }
    }

    /**
     * The nämnd as the plans write it: one of the year's (case and spaces aside, as the import
     * compares them), else one of another plan year's (its template then says it has nothing this
     * year).
     */
    private String committee(Request request, String asked) {
        String key = key(asked);
        for (String committee : request.committees()) {
            if (key(committee).equals(key)) {
                return committee;
            }
        }
        for (int other : fulfilment.planYears(request.municipality())) {
            for (Goal goal : plans.goals(request.municipality(), other)) {
                if (key(goal.committee()).equals(key)) {
                    return goal.committee();
                }
            }
        }
        throw new TemplateException(
                Reason.NOT_FOUND,
                "template.error.committee",
                asked.strip(),
                request.name(),
                String.valueOf(request.year()),
                request.committees().isEmpty() ? "–" : String.join(", ", request.committees()));
    }

    private static String key(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static List<String> committeesOf(List<Goal> goals) {
        Collator swedish = Collator.getInstance(Messages.formatting(Messages.SWEDISH));
        Set<String> names = new LinkedHashSet<>();
        goals.forEach(g -> names.add(g.committee()));
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(swedish);
        return sorted;
    }

    private XSSFWorkbook build(Request request, String committee, Locale language) {
        Texts texts = texts(language);
        Subject subject = new Subject(request.municipality(), request.name(), request.year(), committee);
        List<Indicator> indicators = request.indicators().stream()
                .filter(i -> committee == null || i.committee().equals(committee))
                .sorted(java.util.Comparator.comparing(
                                (Indicator i) -> request.committees().indexOf(i.committee()))
                        .thenComparing(Indicator::goalCode)
                        .thenComparing(Indicator::code))
                .toList();
        LocalDate today = LocalDate.now(SWEDEN);
        if (request.kind() == TemplateKind.UTFALL) {
            List<UtfallRows.Row> rows = UtfallRows.of(indicators, request.previous(), request.year());
            tooLarge(rows.size(), request);
            return UtfallWorkbook.of(subject, rows, today, texts);
        }
        tooLarge(indicators.size(), request);
        return PlanWorkbook.of(
                subject, indicators, strategies.covers(request.municipality(), request.year() + 1), today, texts);
    }

    private static void tooLarge(int rows, Request request) {
        if (rows > MAX_ROWS) {
            throw new TemplateException(
                    Reason.TOO_LARGE, "template.error.toolarge", String.valueOf(rows), String.valueOf(MAX_ROWS));
        }
    }

    private String fileName(Request request, String committee, String extension, Locale language) {
        int year = request.kind() == TemplateKind.UTFALL ? request.year() : request.year() + 1;
        Texts texts = texts(language);
        String who = committee != null
                ? committee
                : texts.get("zip".equals(extension) ? "template.file.every" : "template.file.whole");
        return FileNames.of(extension, request.kind().code(), String.valueOf(year), request.name(), who);
    }

    private Texts texts(Locale language) {
        return new Texts(messages, Messages.locale(language == null ? "sv" : language.getLanguage()));
    }

    private static byte[] bytes(XSSFWorkbook workbook) {
        try (workbook) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Build {
        TemplateFile run();
    }

    private TemplateFile inSlot(Build build) {
        boolean acquired;
        try {
            acquired = slots.tryAcquire(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TemplateException(Reason.BUSY, "template.error.busy");
        }
        if (!acquired) {
            throw new TemplateException(Reason.BUSY, "template.error.busy");
        }
        try {
            return build.run();
        } finally {
            slots.release();
        }
    }
}
