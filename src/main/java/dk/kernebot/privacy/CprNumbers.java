package dk.kernebot.privacy;

/**
 * Finds what looks like a Danish CPR number in a text: ddmmyy-xxxx, with a dash, an en dash, one space or nothing
 * between the parts, where ddmmyy is a real date and the ten digits are not part of a longer run of digits (so an
 * account number or a long id is not taken for one). The modulus-11 check is not used: numbers issued since 2007
 * need not pass it.
 * <p>
 * One pass over the text, no regular expression: its time grows with the text's length and nothing else.
 */
public final class CprNumbers {

    private CprNumbers() {
    }

    public static boolean containsCpr(String text) {
        if (text == null) {
            return false;
        }
        int length = text.length();
        int i = 0;
        while (i < length) {
            if (!digit(text, i)) {
                i++;
                continue;
            }
            int end = runEnd(text, i);
            int run = end - i;
            if (run == 10 && validDate(text, i)) {
                return true;
            }
            if (run == 6 && end + 1 < length && separator(text.charAt(end))
                    && runEnd(text, end + 1) - (end + 1) == 4 && validDate(text, i)) {
                return true;
            }
            i = end;
        }
        return false;
    }

    private static boolean separator(char c) {
        return c == '-' || c == '\u2013' || c == ' ';
    }

    private static boolean digit(String text, int at) {
        char c = text.charAt(at);
        return c >= '0' && c <= '9';
    }

    private static int runEnd(String text, int from) {
        int end = from;
        while (end < text.length() && digit(text, end)) {
            end++;
        }
        return end;
    }

    /** ddmmyy: the century is not known, so 29 February counts in every year divisible by four (2000 was one). */
    private static boolean validDate(String text, int at) {
        int day = number(text, at);
        int month = number(text, at + 2);
        int year = number(text, at + 4);
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        int days = switch (month) {
            case 2 -> year % 4 == 0 ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
        return day <= days;
    }

    private static int number(String text, int at) {
        return (text.charAt(at) - '0') * 10 + (text.charAt(at + 1) - '0');
    }
}
