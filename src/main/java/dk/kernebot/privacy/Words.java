package dk.kernebot.privacy;

/** Replacing a name where it stands as a word of its own, not as part of a longer word. */
final class Words {

    private Words() {
    }

    static String replace(String text, String word, String replacement) {
        if (word.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        int at = text.indexOf(word);
        while (at >= 0) {
            int end = at + word.length();
            if (boundary(text, at - 1) && boundary(text, end)) {
                out.append(text, from, at).append(replacement);
                from = end;
            }
            at = text.indexOf(word, Math.max(end, at + 1));
        }
        return from == 0 ? text : out.append(text.substring(from)).toString();
    }

    private static boolean boundary(String text, int index) {
        return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
    }
}
