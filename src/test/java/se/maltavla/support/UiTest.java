package se.maltavla.support;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Browserless UI tests: the whole application (Spring Security and Vaadin's view access control
 * included) with a simulated browser. Users come from {@code @WithMockUser}; no sample data.
 */
@SpringBootTest(properties = "maltavla.import.sample-data=")
public abstract class UiTest extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void web(DynamicPropertyRegistry registry) {
        WebTestEnvironment.register(registry, "maltavla-ui");
    }

    /**
     * Every web application context (Vaadin's) makes its own holder of the signed-in user the
     * JVM-wide one when it starts; @WithMockUser puts the user into this context's. When another
     * context of the test JVM started after this one (a running application, say), the simulated
     * browser would look in that one's and see nobody: this context's is made the JVM's again.
     */
    @BeforeAll
    static void signedInUserOfThisContext(@Autowired SecurityContextHolderStrategy signedIn) {
        SecurityContextHolder.setContextHolderStrategy(signedIn);
    }

    @Override
    protected Set<String> scanPackages() {
        return Set.of("se.maltavla");
    }
}
