package se.maltavla.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import se.maltavla.fulfilment.ResultsBusyException;
import se.maltavla.fulfilment.UnknownMunicipalityException;
import se.maltavla.template.TemplateException;
import se.maltavla.yearend.DocumentsBusyException;

/**
 * The API's errors as RFC 9457 problem documents ({@code application/problem+json}, whatever the
 * client accepts): a title and a detail that says what was wrong and what to write instead, in
 * Swedish, or in English when the request asks for it ({@code Accept-Language: en}). Also Spring
 * MVC's own errors (405, 406 …), and anything unexpected as a 500 without its stack trace.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);
    /** Longer values are cut in the message: it says what was sent, not all of it. */
    private static final int SHOWN_VALUE = 100;
    /** What the API answers to: it is read only. */
    static final String ALLOWED_METHODS = "GET, HEAD, OPTIONS";
    /** Retry-After of a 503 while an import recomputes: seconds. */
    static final String BUSY_RETRY_AFTER_SECONDS = "10";
    /** Retry-After of a 503 while every PDF slot is busy: seconds. */
    static final String DOCUMENTS_RETRY_AFTER_SECONDS = "30";

    private final MessageSource messages;

    ProblemHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ResponseEntity<Object> badParameter(BadParameterException e, HttpServletRequest request, Locale locale) {
        String value = e.value() == null ? "" : e.value();
        String shown = value.length() > SHOWN_VALUE ? value.substring(0, SHOWN_VALUE) + "…" : value;
        List<Object> arguments = new ArrayList<>(List.of(shown));
        arguments.addAll(e.arguments());
        ProblemDetail problem = problem(
                HttpStatus.BAD_REQUEST,
                "api.problem.parameter",
                text(e.messageKey(), locale, arguments.toArray()),
                request,
                locale);
        problem.setProperty("parameter", e.parameter());
        problem.setProperty("varde", shown);
        return answer(problem);
    }

    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ResponseEntity<Object> notFound(NotFoundException e, HttpServletRequest request, Locale locale) {
        return answer(problem(
                HttpStatus.NOT_FOUND,
                "api.problem.notfound",
                text("api.notfound." + e.what(), locale, e.arguments().toArray()),
                request,
                locale));
    }

    /** A municipality gone between the check and the read (removed while the request ran). */
    @ExceptionHandler
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ResponseEntity<Object> unknownMunicipality(
            UnknownMunicipalityException e, HttpServletRequest request, Locale locale) {
        return answer(problem(
                HttpStatus.NOT_FOUND, "api.problem.notfound", text("api.notfound.gone", locale), request, locale));
    }

    /**
     * An import is changing the plan year while a date nobody asked for before is computed: ask
     * again after {@link #BUSY_RETRY_AFTER_SECONDS} (an import commits its rows a chunk at a time).
     */
    @ExceptionHandler
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    ResponseEntity<Object> busy(ResultsBusyException e, HttpServletRequest request, Locale locale) {
        ProblemDetail problem =
                problem(HttpStatus.SERVICE_UNAVAILABLE, "api.problem.busy", text("api.busy", locale), request, locale);
        return ResponseEntity.status(problem.getStatus())
                .header(HttpHeaders.RETRY_AFTER, BUSY_RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** Every slot for drawing a PDF stayed busy for a minute (yearend.render.RenderingSlots): ask again later. */
    @ExceptionHandler
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    ResponseEntity<Object> documentsBusy(DocumentsBusyException e, HttpServletRequest request, Locale locale) {
        ProblemDetail problem = problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "api.problem.busy",
                text("api.busy.documents", locale),
                request,
                locale);
        return ResponseEntity.status(problem.getStatus())
                .header(HttpHeaders.RETRY_AFTER, DOCUMENTS_RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /**
     * A template that cannot be made (docs/templates.md): 404 for an unknown municipality, plan year
     * or nämnd, 409 for a locked year, 422 for too many rows, 503 while every slot is busy.
     */
    @ExceptionHandler
    ResponseEntity<Object> template(TemplateException e, HttpServletRequest request, Locale locale) {
        String detail = text(e.key(), locale, e.args());
        ProblemDetail problem = switch (e.reason()) {
            case NOT_FOUND -> problem(HttpStatus.NOT_FOUND, "api.problem.notfound", detail, request, locale);
            case LOCKED -> problem(HttpStatus.CONFLICT, "template.problem.locked", detail, request, locale);
            case TOO_LARGE ->
                problem(HttpStatus.UNPROCESSABLE_CONTENT, "template.problem.toolarge", detail, request, locale);
            case BUSY -> problem(HttpStatus.SERVICE_UNAVAILABLE, "api.problem.busy", detail, request, locale);
        };
        if (e.reason() == TemplateException.Reason.BUSY) {
            return ResponseEntity.status(problem.getStatus())
                    .header(HttpHeaders.RETRY_AFTER, DOCUMENTS_RETRY_AFTER_SECONDS)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        return answer(problem);
    }

    @ExceptionHandler
    ResponseEntity<Object> accessDenied(AccessDeniedException e, HttpServletRequest request, Locale locale) {
        return answer(problem(HttpStatus.FORBIDDEN, "api.status.403", text("api.error.403", locale), request, locale));
    }

    /** A fault of Måltavla's: logged with its trace, answered without it. */
    @ExceptionHandler
    @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request, Locale locale) {
        if (e instanceof ErrorResponse response) {
            return handleExceptionInternal(
                    e, null, response.getHeaders(), response.getStatusCode(), new ServletWebRequest(request));
        }
        LOG.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return answer(problem(
                HttpStatus.INTERNAL_SERVER_ERROR, "api.status.500", text("api.error.500", locale), request, locale));
    }

    /** Spring MVC's own errors (wrong method, unacceptable Accept, …), in the reader's language. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> answer = super.handleExceptionInternal(e, body, headers, status, request);
        if (answer != null && answer.getBody() instanceof ProblemDetail problem) {
            Locale locale = LocaleContextHolder.getLocale();
            String title = optionalText("api.status." + status.value(), locale);
            if (title != null) {
                problem.setTitle(title);
            }
            if (e instanceof HttpRequestMethodNotSupportedException method) {
                problem.setDetail(text("api.method", locale, shownMethod(method.getMethod())));
            } else if (e instanceof HttpMediaTypeNotAcceptableException) {
                problem.setDetail(text("api.notacceptable", locale));
            }
        }
        return answer;
    }

    /** Allow: what the API answers to, not only the mapping's GET. */
    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(
            HttpRequestMethodNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpHeaders allow = new HttpHeaders();
        allow.putAll(headers);
        allow.set(HttpHeaders.ALLOW, ALLOWED_METHODS);
        return super.handleHttpRequestMethodNotSupported(e, allow, status, request);
    }

    /** Problem documents go out as such, whatever the client accepts: an unusable Accept got us here. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.putAll(headers);
        if (body instanceof ProblemDetail) {
            problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        return new ResponseEntity<>(body, problemHeaders, status);
    }

    /** A method name as the problem repeats it: only letters, at most 20. */
    static String shownMethod(String method) {
        String letters = method == null ? "" : method.replaceAll("[^A-Za-z-]", "");
        return letters.length() > 20 ? letters.substring(0, 20) + "…" : letters;
    }

    private static ResponseEntity<Object> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private ProblemDetail problem(
            HttpStatus status, String titleKey, String detail, HttpServletRequest request, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(text(titleKey, locale));
        try {
            problem.setInstance(URI.create(request.getRequestURI()));
        } catch (IllegalArgumentException e) {
            // an address that is no URI is not repeated
        }
        return problem;
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private String optionalText(String key, Locale locale) {
        try {
            return messages.getMessage(key, null, locale);
        } catch (NoSuchMessageException e) {
            return null;
        }
    }
}
