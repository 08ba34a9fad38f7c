package se.maltavla.dataimport;

/** The Swedish rejection reasons a user reads (messages.properties, i18n/import.properties). */
final class Reasons {

    static final String NUMBER = "Inte ett tal. Skriv t.ex. 1 234,5 eller 12,5 % (mellanslag som tusentalsavgränsare, "
            + "decimalkomma eller decimalpunkt). Bokstäver godtas inte.";
    static final String DATE = "Inte ett giltigt datum. Skriv datum som ÅÅÅÅ-MM-DD, t.ex. 2016-03-31.";
    static final String YES_NO = "Inte ja eller nej. Skriv ja, nej, yes, no, 1, 0 eller x (= ja).";
    static final String MUNICIPALITY =
            "Inte en kommunkod. Skriv kommunens kod med högst fyra siffror, t.ex. 1081 " + "(Ronneby) eller 0114.";
    static final String REQUIRED = "Värde saknas. Den här kolumnen måste fyllas i.";
    static final String EMPTY_FILE = "Filen är tom: den saknar rubrikrad.";
    static final String NOT_A_WORKBOOK = "Filen är ett zip-arkiv men ingen Excel-arbetsbok. Spara kalkylarket som "
            + "Excel-arbetsbok (.xlsx) eller som CSV UTF-8 och lägg in det igen.";
    static final String BINARY_FILE = "Filen är inte en textfil (CSV). Spara den från Excel som \"CSV UTF-8\" eller "
            + "\"CSV (semikolonavgränsad)\".";

    static String word(String allowed) {
        return "Okänt värde. Tillåtna värden: " + allowed + ".";
    }

    static String unknownIndicator(String code, int year, String municipality) {
        return "Indikatorn " + code + " finns inte i handlingsplanen för år " + year + " (kommun " + municipality
                + "). Läs in handlingsplanen först, eller kontrollera indikatorkoden och perioden.";
    }

    static String unknownLinks(String codes, String strategy) {
        return "Okänd kod i kopplingar: " + codes + ". Koderna måste finnas bland strategins (" + strategy
                + ") element.";
    }

    static String otherCommittee(String goal, int year, String committee) {
        return "Målet " + goal + " (år " + year + ") tillhör redan " + committee
                + ". Ett mål kan bara tillhöra en nämnd: använd en annan målkod eller rätta nämnden.";
    }

    private Reasons() {}
}
