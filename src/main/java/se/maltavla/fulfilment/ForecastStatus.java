package se.maltavla.fulfilment;

import se.maltavla.shared.Coded;

/** The status of a trend forecast (docs/fulfilment.md §5.1), with its stable code. */
public enum ForecastStatus implements Coded {
    /** "på väg": the forecast's clamped progress reaches the upper threshold. */
    ON_TRACK("pa_vag"),
    /** "risk": it does not. */
    AT_RISK("risk");

    private final String code;

    ForecastStatus(String code) {
        this.code = code;
    }

    /** The code used in the API and the export: {@code pa_vag} or {@code risk}. */
    @Override
    public String code() {
        return code;
    }

    /** @throws IllegalArgumentException for anything but {@code pa_vag} or {@code risk} */
    public static ForecastStatus fromCode(String code) {
        return Coded.fromCode(ForecastStatus.class, code, "forecast status");
    }
}
