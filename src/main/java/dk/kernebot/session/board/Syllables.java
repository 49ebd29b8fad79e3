package dk.kernebot.session.board;

/**
 * A rough Danish hyphenation rule, good enough for the long compounds staff write on bobler: break after a joining
 * "s" ("Kvalitets-udvikling", "Minimums-normeringer"), or before a consonant that starts a syllable
 * ("Sprog-vurdering", "Børne-konventionen"), never leaving a piece without a vowel.
 */
final class Syllables {

    private static final String VOWELS = "aeiouyæøåéèêáàâäöüíóú";

    private Syllables() {
    }

    /** Whether {@code word} may be split between {@code cut - 1} and {@code cut}. */
    static boolean canBreak(String word, int cut) {
        if (cut < 2 || cut > word.length() - 2) {
            return false;
        }
        String head = word.substring(0, cut);
        String tail = word.substring(cut);
        if (!hasVowel(head) || !hasVowel(tail) || !letter(word.charAt(cut - 1)) || !letter(word.charAt(cut))) {
            return false;
        }
        char before = word.charAt(cut - 1);
        char at = word.charAt(cut);
        char next = word.charAt(cut + 1);
        boolean joiningS = before == 's' && consonant(word.charAt(cut - 2));
        boolean syllable = consonant(at) && vowel(next) && !(at == 's' && consonant(before));
        return joiningS || syllable;
    }

    private static boolean hasVowel(String text) {
        return text.chars().anyMatch(c -> vowel((char) c));
    }

    private static boolean letter(char c) {
        return Character.isLetter(c);
    }

    private static boolean vowel(char c) {
        return VOWELS.indexOf(Character.toLowerCase(c)) >= 0;
    }

    private static boolean consonant(char c) {
        return letter(c) && !vowel(c);
    }
}
