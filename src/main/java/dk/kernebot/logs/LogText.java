package dk.kernebot.logs;

/**
 * Text from outside (a token's header, a path, an address) on its way into a log line, and secrets that must
 * never reach one. {@link #safe} keeps a line one line: no CR/LF or other control characters, so nobody can write
 * a fake log entry; {@link #mask} shows only that a secret is set and how long it is.
 */
public final class LogText {

    static final int MAX = 200;

    private LogText() {
    }

    /** Control characters become '_' and quotes are escaped; long text is cut, marked with its original length. */
    public static String safe(String untrusted) {
        if (untrusted == null) {
            return "null";
        }
        int length = Math.min(untrusted.length(), MAX);
        StringBuilder out = new StringBuilder(length + 16).append('"');
        for (int i = 0; i < length; i++) {
            char c = untrusted.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || Character.getType(c) == Character.FORMAT) {
                out.append('_');
            } else if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        out.append('"');
        if (untrusted.length() > MAX) {
            out.append("...(").append(untrusted.length()).append(" chars)");
        }
        return out.toString();
    }

    /** For {@code toString} of anything holding a password or key: never the value, not even a part of it. */
    public static String mask(String secret) {
        return secret == null || secret.isEmpty() ? "(not set)" : "****(" + secret.length() + " chars)";
    }
}
