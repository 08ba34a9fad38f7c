package se.maltavla.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamWriteFeature;

/** The API's description (served at /v3/api-docs and /swagger-ui/index.html) and how it writes numbers. */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    static final String DESCRIPTION = """
            **Svenska.** Måltavlas data, bara för läsning: kommuner, strategier med element, planårens mål och \
            indikatorer med alla mätvärden (med fil och rad de kom från), måluppfyllelse per nivå (samma siffror \
            och fältnamn som resultatexporten, docs/import-contract.md §9), riktlinjekontrollen och importkörningarna.

            *Koppla från Power BI:* Hämta data → Webb → klistra in adressen, t.ex. \
            `https://SERVER/api/v1/municipalities/1081/years/2017/results?niva=mal`. *Från Excel:* Data → Hämta \
            data → Från andra källor → Från webben, samma adress; eller öppna `…/results.csv` direkt; `…/results.xlsx` är samma export som \
            Excel-arbetsbok med tal, procent och datum som värden. \
            Inloggning med användarnamn och lösenord (HTTP Basic). Fel svaras med en problembeskrivning \
            (RFC 9457) på svenska, på engelska med `Accept-Language: en`.

            *Utvärderingsdatum* (`datum`, ÅÅÅÅ-MM-DD): från planårets första dag (ar-01-01; före den räknas inget \
            värde) till och med hundra år efter planåret; varje datum efter ar-12-31 ger siffrorna per ar-12-31. \
            Andra datum, och adresser med `;`, `..`, `//`, kodade snedstreck eller styrtecken, svaras 400.

            **English.** Måltavla's data, read only: municipalities, strategies with their elements, each plan \
            year's goals and indicators with all their measured values (with the file and line they came from), \
            goal fulfilment by level (the results export's figures and field names, docs/import-contract.md §9), the \
            guideline check and the import runs.

            *From Power BI:* Get data → Web → paste the URL, e.g. \
            `https://SERVER/api/v1/municipalities/1081/years/2017/results?niva=mal`. *From Excel:* Data → Get \
            Data → From Other Sources → From Web, the same URL; or open `…/results.csv` directly; `…/results.xlsx` is the same export as an Excel \
            workbook with numbers, percentages and dates as values. Sign-in with \
            user name and password (HTTP Basic). Errors come as problem documents (RFC 9457), in Swedish, in \
            English with `Accept-Language: en`.

            *Evaluation date* (`datum`, YYYY-MM-DD): from the plan year's first day (ar-01-01; no value counts \
            before it) to the end of the hundredth year after it; any date after ar-12-31 gives the figures at \
            ar-12-31. Other dates, and addresses with `;`, `..`, `//`, encoded slashes or control characters, are \
            answered 400.
            """;

    private static final String BASIC = "basic";

    @Bean
    OpenAPI maltavlaOpenApi() {
        // Every /api/v1 path needs a signed-in user (HTTP Basic): declared, so that Swagger UI offers
        // "Authorize" and clients generated from the description send the credentials.
        return new OpenAPI()
                .info(new Info().title("Måltavla API").version("v1").description(DESCRIPTION))
                .components(new Components()
                        .addSecuritySchemes(
                                BASIC,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    /** What the path parameters are, said once for every path that has them. */
    @Bean
    OpenApiCustomizer pathParameters() {
        return api -> api.getPaths()
                .values()
                .forEach(path -> path.readOperations().forEach(operation -> {
                    if (operation.getParameters() == null) {
                        return;
                    }
                    for (Parameter parameter : operation.getParameters()) {
                        switch (parameter.getName()) {
                            case "kommun" ->
                                parameter
                                        .description("kommunens kod, fyra siffror (114 läses som 0114) / "
                                                + "the municipality's four-digit code")
                                        .example("1081");
                            case "ar" ->
                                parameter
                                        .description("planåret / the plan year")
                                        .example("2017");
                            default -> {}
                        }
                    }
                }));
    }

    /** Numbers as written in the export: 1700000, never 1.7E+6. */
    @Bean
    JsonMapperBuilderCustomizer plainDecimals() {
        return builder -> builder.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
    }
}
