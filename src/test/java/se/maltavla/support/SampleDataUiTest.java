package se.maltavla.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import se.maltavla.dataimport.ImportService;
import se.maltavla.fulfilment.FulfilmentService;

/** Browserless UI tests over the sample municipalities (Ronneby 1081, Kungsbacka 1384), imported as on first start. */
public abstract class SampleDataUiTest extends UiTest {

    @Autowired
    protected ImportService imports;

    @Autowired
    protected FulfilmentService fulfilment;

    @BeforeEach
    void sampleData() {
        SampleData.importInto(imports);
    }
}
