package io.marketpilot.recommend.rules;

import java.util.Arrays;

/**
 * A frequent-pattern tree on primitive arrays. Items are identified by rank (0 = most frequent); every path from the
 * root lists ranks in ascending order, so shared prefixes of baskets share nodes. The header table keeps, per rank,
 * the total count and a linked list through all nodes of that rank. Children are found through an open-addressing
 * table keyed by (parent, rank), which keeps insertion O(path length) even under a root with thousands of children.
 */
final class FpTree {
    static final int ROOT = 0;

    private final int[] head;
    private final int[] total;
    private int[] rank;
    private int[] count;
    private int[] parent;
    private int[] link;
    private int size;
    private long[] keys;
    private int[] children;

    FpTree(int ranks, int expectedNodes) {
        head = new int[ranks];
        Arrays.fill(head, -1);
        total = new int[ranks];
        int cap = Math.max(16, expectedNodes + 1);
        rank = new int[cap];
        count = new int[cap];
        parent = new int[cap];
        link = new int[cap];
        rank[ROOT] = -1;
        parent[ROOT] = -1;
        size = 1;
        keys = new long[Integer.highestOneBit(cap) << 2];
        Arrays.fill(keys, -1L);
        children = new int[keys.length];
    }

    /** Number of ranks the header table covers. */
    int ranks() {
        return head.length;
    }

    int nodes() {
        return size;
    }

    int total(int r) {
        return total[r];
    }

    /** First node of rank {@code r}, or -1. */
    int head(int r) {
        return head[r];
    }

    /** Next node of the same rank, or -1. */
    int link(int node) {
        return link[node];
    }

    int count(int node) {
        return count[node];
    }

    int parent(int node) {
        return parent[node];
    }

    int rank(int node) {
        return rank[node];
    }

    /** Adds the path {@code path[0..len)} (ascending ranks) with multiplicity {@code n}. */
    void insert(int[] path, int len, int n) {
        int node = ROOT;
        for (int k = 0; k < len; k++) {
            int r = path[k];
            total[r] += n;
            node = child(node, r);
            count[node] += n;
        }
    }

    private int child(int p, int r) {
        long key = ((long) p << 32) | r;
        int mask = keys.length - 1;
        int s = slot(key, mask);
        while (keys[s] != -1L) {
            if (keys[s] == key) {
                return children[s];
            }
            s = (s + 1) & mask;
        }
        int node = newNode(p, r);
        if (size * 2 > keys.length) {
            growTable();
        } else {
            keys[s] = key;
            children[s] = node;
        }
        return node;
    }

    private int newNode(int p, int r) {
        if (size == rank.length) {
            int cap = size * 2;
            rank = Arrays.copyOf(rank, cap);
            count = Arrays.copyOf(count, cap);
            parent = Arrays.copyOf(parent, cap);
            link = Arrays.copyOf(link, cap);
        }
        int node = size++;
        rank[node] = r;
        parent[node] = p;
        count[node] = 0;
        link[node] = head[r];
        head[r] = node;
        return node;
    }

    /** Rebuilds the child table at double size from the node arrays (which already hold the newest node). */
    private void growTable() {
        keys = new long[keys.length * 2];
        Arrays.fill(keys, -1L);
        children = new int[keys.length];
        int mask = keys.length - 1;
        for (int node = 1; node < size; node++) {
            long key = ((long) parent[node] << 32) | rank[node];
            int s = slot(key, mask);
            while (keys[s] != -1L) {
                s = (s + 1) & mask;
            }
            keys[s] = key;
            children[s] = node;
        }
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) & mask;
    }
}
