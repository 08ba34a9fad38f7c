package se.maltavla.shared.municipality;

/**
 * One of Sweden's municipalities as SCB's code list names it (docs/municipalities.md).
 *
 * @param code four digits, e.g. {@code 1081}
 * @param name as people write it: "Ronneby", "Malung-Sälen", "Östra Göinge"
 * @param inText with the word kommun, as in running text: "Ronneby kommun", "Stockholms kommun",
 *     "Falu kommun" (the genitive is not always the name plus s)
 * @param county the county it lies in
 */
public record SwedishMunicipality(String code, String name, String inText, County county) {

    /** "Ronneby (1081)": the name, and the code that identifies it in files and the API. */
    public String nameAndCode() {
        return name + " (" + code + ")";
    }
}
