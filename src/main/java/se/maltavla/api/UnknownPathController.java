package se.maltavla.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any other path under /api: a 404 problem, not the dashboard's page (Vaadin answers every path
 * that nothing else does). The more specific mappings of the resources always win over this one.
 */
@RestController
@Hidden
class UnknownPathController {

    @GetMapping("/api/**")
    void unknown(HttpServletRequest request) {
        throw new NotFoundException("path", request.getRequestURI());
    }
}
