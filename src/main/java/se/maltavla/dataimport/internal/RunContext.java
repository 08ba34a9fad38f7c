package se.maltavla.dataimport.internal;

import java.time.LocalDate;
import java.util.Locale;
import se.maltavla.dataimport.ImportProgress;

/** What every step of one run needs: the run, its inbox, its date, language and listener. */
record RunContext(long runId, Inbox inbox, LocalDate today, Locale locale, ImportProgress progress) {}
