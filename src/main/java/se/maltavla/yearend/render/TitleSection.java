package se.maltavla.yearend.render;

import se.maltavla.yearend.content.ReportHeading;

/** The report's title, whose figures they are, and whether it is locked or a draft. */
final class TitleSection {

    private TitleSection() {}

    /** @param heading whether to write the title as the h1 (the PDF); a page of the app has it as its own h1 */
    static void write(Xhtml x, ReportTexts t, ReportHeading h, boolean heading) {
        x.open("header", "class", "title-page");
        if (heading) {
            x.element("h1", title(t, h));
        }
        x.element("p", t.municipality(h), "class", "subtitle");
        if (h.strategyName() != null) {
            x.element("p", h.strategyName(), "class", "strategy");
        }
        if (h.draft()) {
            x.element("p", t.get("report.draft.notice", h.year(), t.date(h.evaluationDate())), "class", "draft-notice");
        } else {
            x.element(
                    "p",
                    t.get(
                            "report.locked",
                            t.date(h.evaluationDate()),
                            h.version(),
                            t.moment(h.lockedAt()),
                            h.lockedBy()),
                    "class",
                    "lock");
        }
        x.close("header");
    }

    /** "Uppföljning av internationell strategi, årsbokslut 2017". */
    static String title(ReportTexts t, ReportHeading h) {
        return t.get("report.title", h.year());
    }

    /** What the footer of every page says: whose report, which version or a draft. */
    static String footer(ReportTexts t, ReportHeading h) {
        return h.draft()
                ? t.get("report.footer.draft", t.municipality(h), h.year())
                : t.get(
                        "report.footer",
                        t.municipality(h),
                        h.year(),
                        h.version(),
                        t.date(
                                h.lockedAt() == null
                                        ? null
                                        : h.lockedAt()
                                                .atZoneSameInstant(java.time.ZoneId.of("Europe/Stockholm"))
                                                .toLocalDate()));
    }
}
