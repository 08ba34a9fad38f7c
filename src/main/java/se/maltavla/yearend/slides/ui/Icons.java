package se.maltavla.yearend.slides.ui;

/** The slide show's controls as small SVG pictures (the buttons carry their names for screen readers). */
final class Icons {

    private static final String OPEN =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"26\" height=\"26\" viewBox=\"0 0 24 24\""
                    + " aria-hidden=\"true\" focusable=\"false\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2.5\""
                    + " stroke-linecap=\"round\" stroke-linejoin=\"round\">";

    static final String PREVIOUS = OPEN + "<path d=\"M15 4 7 12l8 8\"/></svg>";
    static final String NEXT = OPEN + "<path d=\"m9 4 8 8-8 8\"/></svg>";
    static final String FULL_SCREEN = OPEN + "<path d=\"M3 9V3h6M15 3h6v6M21 15v6h-6M9 21H3v-6\"/></svg>";
    static final String LEAVE = OPEN + "<path d=\"M5 5l14 14M19 5 5 19\"/></svg>";

    private Icons() {}
}
