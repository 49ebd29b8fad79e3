package dk.kernebot.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Where a field sits in a JSON document: property names and array positions from the root, written the way a person
 * reads it ({@code cards[3].question.da}; the empty path is the document itself).
 */
public record FieldPath(List<Object> segments) {

    public static final FieldPath ROOT = new FieldPath(List.of());

    public FieldPath {
        segments = List.copyOf(segments);
        for (Object segment : segments) {
            if (!(segment instanceof String) && !(segment instanceof Integer)) {
                throw new IllegalArgumentException("A field path is made of names and positions, not " + segment);
            }
        }
    }

    public static FieldPath of(Object... segments) {
        return new FieldPath(List.of(segments));
    }

    public FieldPath child(String name) {
        return append(name);
    }

    public FieldPath child(int index) {
        return append(index);
    }

    public int size() {
        return segments.size();
    }

    public boolean isRoot() {
        return segments.isEmpty();
    }

    /** The property name at this position, or null when the segment there is an array position. */
    public String name(int position) {
        return segments.get(position) instanceof String name ? name : null;
    }

    /** The array position at this position, or -1 when the segment there is a property name. */
    public int index(int position) {
        return segments.get(position) instanceof Integer index ? index : -1;
    }

    /** The last property name, or null for the root and for a path that ends in an array position. */
    public String lastName() {
        return isRoot() ? null : name(size() - 1);
    }

    /** The path below the first {@code count} segments, e.g. {@code question.da} within a card. */
    public FieldPath drop(int count) {
        return new FieldPath(segments.subList(Math.min(count, size()), size()));
    }

    /** The value at this path in the document, or a missing node when there is none. */
    public JsonNode in(JsonNode document) {
        JsonNode node = document;
        for (Object segment : segments) {
            if (node == null) {
                break;
            }
            node = segment instanceof String name ? node.get(name) : node.get((Integer) segment);
        }
        return node == null ? MissingNode.getInstance() : node;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                out.append(out.isEmpty() ? "" : ".").append(segment);
            }
        }
        return out.toString();
    }

    private FieldPath append(Object segment) {
        List<Object> longer = new ArrayList<>(segments);
        longer.add(Objects.requireNonNull(segment));
        return new FieldPath(longer);
    }
}
