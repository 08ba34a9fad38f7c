package se.maltavla.support;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Set;
import org.springframework.boot.test.context.SpringBootTest;
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

    @Override
    protected Set<String> scanPackages() {
        return Set.of("se.maltavla");
    }
}
