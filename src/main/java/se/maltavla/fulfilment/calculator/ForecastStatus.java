package se.maltavla.fulfilment.calculator;

/** The status of a trend forecast (fulfilment.md section 5), with its stable code. */
public enum ForecastStatus {
    /** "på väg": the forecast's clamped progress reaches the upper threshold. */
    ON_TRACK("pa_vag"),
    /** "risk": it does not. */
    AT_RISK("risk");

    private final String code;

    ForecastStatus(String code) {
        this.code = code;
    }

    /** The code used in the API and the export: {@code pa_vag} or {@code risk}. */
    public String code() {
        return code;
    }

    /** @throws IllegalArgumentException for anything but {@code pa_vag} or {@code risk} */
    public static ForecastStatus fromCode(String code) {
        for (ForecastStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown forecast status code: " + code);
    }
}
