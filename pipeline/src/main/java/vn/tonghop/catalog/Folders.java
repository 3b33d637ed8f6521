package vn.tonghop.catalog;

import java.util.Locale;

/**
 * Folder names derived from catalog entries, shared by every stage that writes files per plan and
 * period (documents, forms, site pages), so a link from one to the other never guesses.
 */
public final class Folders {
    private Folders() {
    }

    /** {@code <plan slug>/<period code in lower case>}, e.g. "74-kh-du/2024-h1". */
    public static String period(String planSlug, String periodCode) {
        return planSlug + "/" + periodCode.toLowerCase(Locale.ROOT);
    }
}
