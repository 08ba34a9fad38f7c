package se.maltavla.api;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every answer under /api is JSON, a problem document for errors, whoever refuses the request:
 * Tomcat ({@link ApiErrorReportValve}), Spring Security's firewall ({@link ApiRequestRejectedHandler},
 * found by Spring Security as the application's one {@code RequestRejectedHandler}), a filter or
 * servlet ({@link ApiRequestFilter}) or a controller ({@link ProblemHandler}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiErrorConfiguration {

    /** Before Spring Security's filters (order -100) and Spring's request context (-105). */
    static final int FILTER_ORDER = -110;

    @Bean
    ApiRequestRejectedHandler apiRequestRejectedHandler(ApiProblems problems) {
        return new ApiRequestRejectedHandler(problems);
    }

    @Bean
    FilterRegistrationBean<ApiRequestFilter> apiRequestFilter(
            ApiProblems problems, ApiRequestRejectedHandler rejected) {
        FilterRegistrationBean<ApiRequestFilter> registration =
                new FilterRegistrationBean<>(new ApiRequestFilter(problems, rejected));
        registration.setOrder(FILTER_ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> apiErrorReportValve(ApiProblems problems) {
        return ApiErrorReportValve.installer(problems);
    }
}
