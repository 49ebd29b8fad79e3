package dk.kernebot.teams;

import java.net.URI;
import java.util.Locale;

/**
 * What "this machine" means for the unauthenticated mode: a service URL whose host is a loopback name or address
 * (localhost, 127.0.0.0/8, [::1]). Decided from the text alone, never by a DNS lookup that someone else controls.
 */
final class LocalOnly {

    private LocalOnly() {
    }

    static boolean isLoopback(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getRawUserInfo() == null
                    && isLoopbackHost(uri.getHost());
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    static boolean isLoopbackHost(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")) {
            return true;
        }
        String[] parts = h.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals("127")) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }
}
