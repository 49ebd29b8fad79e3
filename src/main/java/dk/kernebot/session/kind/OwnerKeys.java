package dk.kernebot.session.kind;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.kernebot.chat.UserRef;

/**
 * Short values for the owner lists of the summary's form. A Teams user id is about 90 characters, and the list
 * repeats on every row: with 60 people the ids alone weighed more than Teams takes in a card. Each person's key is the
 * start of a hash of their id, as short as keeps the list's people apart, so it names the same person on an older
 * card as on a newer one; what a click sends is turned back into the id against the people who can own an action now.
 */
final class OwnerKeys {

    static final int MIN_LENGTH = 4;

    private OwnerKeys() {
    }

    /** Each candidate's key, by their id, in the candidates' order. */
    static Map<String, String> of(List<UserRef> candidates) {
        List<String> hashes = candidates.stream().map(p -> hash(p.id())).toList();
        List<String> distinct = hashes.stream().distinct().toList();
        int length = MIN_LENGTH;
        while (length < 64 && !unique(distinct, length)) {
            length++;
        }
        Map<String, String> keys = new LinkedHashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            keys.put(candidates.get(i).id(), hashes.get(i).substring(0, length));
        }
        return keys;
    }

    /**
     * The user id a sent value stands for: the one candidate whose hash starts with it, or the value itself when it is
     * a whole id (a card from before the keys) or names no one (the owner check then refuses it).
     */
    static String idFor(String value, List<UserRef> candidates) {
        if (value == null || value.length() < MIN_LENGTH || value.length() > 64) {
            return value;
        }
        List<String> matching = candidates.stream().map(UserRef::id).filter(id -> hash(id).startsWith(value)).toList();
        return matching.size() == 1 ? matching.get(0) : value;
    }

    private static boolean unique(List<String> hashes, int length) {
        return hashes.stream().map(h -> h.substring(0, length)).distinct().count() == hashes.size();
    }

    private static String hash(String id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
