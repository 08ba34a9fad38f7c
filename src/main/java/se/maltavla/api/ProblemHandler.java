package se.maltavla.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.maltavla.fulfilment.ResultsBusyException;
import se.maltavla.fulfilment.UnknownMunicipalityException;

/**
 * The API's errors as RFC 9457 problem documents ({@code application/problem+json}): a title and
 * a detail that says what was wrong and what to write instead, in Swedish, or in English when the
 * request asks for it ({@code Accept-Language: en}).
 */
@RestControllerAdvice(basePackageClasses = ProblemHandler.class)
class ProblemHandler {

    /** Longer values are cut in the message: it says what was sent, not all of it. */
    private static final int SHOWN_VALUE = 100;

    private final MessageSource messages;

    ProblemHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail badParameter(BadParameterException e, HttpServletRequest request, Locale locale) {
        String value = e.value() == null ? "" : e.value();
        String shown = value.length() > SHOWN_VALUE ? value.substring(0, SHOWN_VALUE) + "…" : value;
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "api.problem.parameter",
                text("api.parameter." + e.parameter(), locale, shown), request, locale);
        problem.setProperty("parameter", e.parameter());
        problem.setProperty("varde", shown);
        return problem;
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ProblemDetail notFound(NotFoundException e, HttpServletRequest request, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "api.problem.notfound",
                text("api.notfound." + e.what(), locale, e.arguments().toArray()), request, locale);
    }

    /** A municipality gone between the check and the read (removed while the request ran). */
    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ProblemDetail unknownMunicipality(UnknownMunicipalityException e, HttpServletRequest request, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "api.problem.notfound", text("api.notfound.gone", locale), request, locale);
    }

    /** An import is changing the plan year while a date nobody asked for before is computed. */
    @ExceptionHandler
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    ProblemDetail busy(ResultsBusyException e, HttpServletRequest request, Locale locale) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "api.problem.busy", text("api.busy", locale), request, locale);
    }

    private ProblemDetail problem(HttpStatus status, String titleKey, String detail, HttpServletRequest request,
                                  Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(text(titleKey, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
