package dk.kernebot.chat;

/** How many typing mistakes apart two words are: letters left out, added, changed or swapped. */
final class Typos {

    private Typos() {
    }

    /** Mistakes a keyword may carry and still be recognised: one for short words, more for long ones. */
    static int allowedFor(String keyword) {
        return keyword.length() <= 4 ? 1 : keyword.length() <= 10 ? 2 : 3;
    }

    /** Optimal string alignment distance (Levenshtein with swapped neighbours counted as one mistake). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
