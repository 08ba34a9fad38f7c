package se.maltavla.template.internal;

/**
 * What a template is for.
 *
 * @param municipalityName as people name it ("Ronneby"), or the code when unknown
 * @param year the plan year chosen (a handlingsplan template is for the year after)
 * @param committee the nämnd as written in the plans; null for every nämnd of the year
 */
record Subject(String municipality, String municipalityName, int year, String committee) {

    /** The nämnd, or the words for every nämnd. */
    String committeeOrAll(Texts texts) {
        return committee != null ? committee : texts.get("template.committee.all");
    }
}
