package se.maltavla.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the API's problem documents (RFC 9457) where Spring MVC does not: for requests refused
 * before they reach a controller (by Tomcat, by Spring Security's firewall, in a filter). The
 * same texts and languages as {@link ProblemHandler}: Swedish, English with {@code Accept-Language: en}.
 */
@Component
class ApiProblems {

    /** A longer address is not repeated in {@code instance}. */
    private static final int SHOWN_URI = 1000;

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MessageSource messages;
    private final ObjectProvider<LocaleResolver> locales;

    ApiProblems(MessageSource messages, ObjectProvider<LocaleResolver> locales) {
        this.messages = messages;
        this.locales = locales;
    }

    /** Whether a request is for the API: its path as sent, before any decoding or normalising. */
    static boolean isApi(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri != null && (uri.equals("/api") || uri.startsWith("/api/") || uri.startsWith("/api;"));
    }

    /** The reader's language, as the controllers get it; Swedish when the request does not say. */
    Locale locale(HttpServletRequest request) {
        try {
            LocaleResolver resolver = locales.getIfAvailable();
            return resolver != null ? resolver.resolveLocale(request) : request.getLocale();
        } catch (RuntimeException e) {
            return SWEDISH;
        }
    }

    /** A message in the reader's language; null when there is no such key. */
    String text(String key, Locale locale, Object... arguments) {
        try {
            return messages.getMessage(key, arguments, locale);
        } catch (NoSuchMessageException e) {
            return null;
        }
    }

    /** The title of a status: {@code api.status.<code>}, or its reason phrase. */
    String title(int status, Locale locale) {
        String title = text("api.status." + status, locale);
        if (title != null) {
            return title;
        }
        HttpStatus known = HttpStatus.resolve(status);
        return known != null ? known.getReasonPhrase() : String.valueOf(status);
    }

    /**
     * Writes a problem document, unless the answer is already on its way.
     *
     * @param titleKey the title's message; null: the status's title ({@code api.status.<status>})
     * @param detailKey the message that says what was wrong and what to do
     * @param properties further members of the document (may be empty)
     */
    void write(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String titleKey,
            String detailKey,
            Map<String, Object> properties,
            Object... arguments)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Locale locale = locale(request);
        Map<String, Object> problem = new LinkedHashMap<>();
        String title = titleKey == null ? null : text(titleKey, locale);
        problem.put("title", title != null ? title : title(status, locale));
        problem.put("status", status);
        String detail = text(detailKey, locale, arguments);
        problem.put("detail", detail != null ? detail : text("api.status.other", locale));
        String uri = request.getRequestURI();
        if (uri != null && uri.length() <= SHOWN_URI && uri.chars().noneMatch(c -> c < 0x20 || c > 0x7e)) {
            problem.put("instance", uri);
        }
        problem.putAll(properties);
        byte[] body = JSON.writeValueAsBytes(problem);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
        response.flushBuffer();
    }
}
