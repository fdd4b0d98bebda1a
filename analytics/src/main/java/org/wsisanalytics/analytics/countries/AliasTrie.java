package org.wsisanalytics.analytics.countries;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * All folded alias forms in one character trie. {@link #longestMatch} walks it once from a word start and
 * returns the longest form that ends on a word boundary, so "Guinea-Bissau" wins over "Guinea" and
 * "Indian Ocean" (a blocked phrase) over "Indian". Immutable and allocation-free while matching.
 */
final class AliasTrie {

    private static final Node EMPTY = new Node(new char[0], new Node[0], -1);

    private final Node root;

    private AliasTrie(Node root) {
        this.root = root;
    }

    /** Builds the trie; {@code forms.get(i)} is found as alias index {@code i}. */
    static AliasTrie of(List<String> forms) {
        Builder root = new Builder();
        for (int i = 0; i < forms.size(); i++) {
            Builder node = root;
            String form = forms.get(i);
            for (int k = 0; k < form.length(); k++) {
                node = node.children.computeIfAbsent(form.charAt(k), c -> new Builder());
            }
            node.alias = i;
        }
        return new AliasTrie(root.freeze());
    }

    /**
     * The longest form starting at {@code from} and followed by a non-word character or the end, packed as
     * {@code (aliasIndex << 32) | end}, or -1.
     */
    long longestMatch(FoldedText text, int from) {
        Node node = root;
        long best = -1;
        int length = text.length();
        for (int i = from; i < length; i++) {
            node = node.child(text.charAt(i));
            if (node == null) {
                break;
            }
            if (node.alias >= 0 && (i + 1 == length || !FoldedText.isWordChar(text.charAt(i + 1)))) {
                best = ((long) node.alias << 32) | (i + 1);
            }
        }
        return best;
    }

    /** Whether some form starts with this character: a cheap filter before {@link #longestMatch}. */
    boolean startsWith(char c) {
        return root.child(c) != null;
    }

    private static final class Builder {
        private final Map<Character, Builder> children = new TreeMap<>();
        private int alias = -1;

        Node freeze() {
            if (children.isEmpty()) {
                return alias < 0 ? EMPTY : new Node(new char[0], new Node[0], alias);
            }
            char[] keys = new char[children.size()];
            Node[] nodes = new Node[children.size()];
            int k = 0;
            for (Map.Entry<Character, Builder> entry : children.entrySet()) {
                keys[k] = entry.getKey();
                nodes[k] = entry.getValue().freeze();
                k++;
            }
            return new Node(keys, nodes, alias);
        }
    }

    private record Node(char[] keys, Node[] children, int alias) {

        Node child(char c) {
            int low = 0;
            int high = keys.length - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                char key = keys[mid];
                if (key < c) {
                    low = mid + 1;
                } else if (key > c) {
                    high = mid - 1;
                } else {
                    return children[mid];
                }
            }
            return null;
        }
    }
}
