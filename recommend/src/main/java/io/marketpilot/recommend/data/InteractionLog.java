package io.marketpilot.recommend.data;

import java.util.Arrays;
import java.util.List;

/**
 * Raw interaction events in arrival (file) order, as primitive columns: user and item indices, time in epoch
 * milliseconds, an event-type code and a value. Evaluation protocols split this log; {@link Interactions} is the
 * collapsed matrix models train on. Row order is meaningful: ties in time keep it.
 */
public final class InteractionLog {
    private final IdDictionary users;
    private final IdDictionary items;
    private final List<String> types;
    private final int[] user;
    private final int[] item;
    private final long[] time;
    private final byte[] type;
    private final float[] value;

    private InteractionLog(IdDictionary users, IdDictionary items, List<String> types, int[] user, int[] item,
                           long[] time, byte[] type, float[] value) {
        this.users = users;
        this.items = items;
        this.types = types;
        this.user = user;
        this.item = item;
        this.time = time;
        this.type = type;
        this.value = value;
    }

    public int size() {
        return user.length;
    }

    public IdDictionary users() {
        return users;
    }

    public IdDictionary items() {
        return items;
    }

    public int user(int row) {
        return user[row];
    }

    public int item(int row) {
        return item[row];
    }

    public long timeMillis(int row) {
        return time[row];
    }

    public String type(int row) {
        return types.get(type[row]);
    }

    /** The index of this row's type in {@link #types()}. */
    public int typeCode(int row) {
        return type[row];
    }

    public float value(int row) {
        return value[row];
    }

    /** The event types present, in first-seen order. */
    public List<String> types() {
        return types;
    }

    /** The rows whose type is one of {@code keep} (all rows when {@code keep} is empty), in order. */
    public InteractionLog filterTypes(List<String> keep) {
        if (keep.isEmpty()) {
            return this;
        }
        boolean[] wanted = new boolean[types.size()];
        for (int t = 0; t < types.size(); t++) {
            wanted[t] = keep.contains(types.get(t));
        }
        int[] rows = new int[size()];
        int n = 0;
        for (int r = 0; r < size(); r++) {
            if (wanted[type[r]]) {
                rows[n++] = r;
            }
        }
        return select(Arrays.copyOf(rows, n));
    }

    /** The given rows (ascending), keeping both dictionaries. */
    public InteractionLog select(int[] rows) {
        int n = rows.length;
        int[] u = new int[n];
        int[] i = new int[n];
        long[] t = new long[n];
        byte[] ty = new byte[n];
        float[] v = new float[n];
        for (int k = 0; k < n; k++) {
            int r = rows[k];
            u[k] = user[r];
            i[k] = item[r];
            t[k] = time[r];
            ty[k] = type[r];
            v[k] = value[r];
        }
        return new InteractionLog(users, items, types, u, i, t, ty, v);
    }

    /** Appends events one by one; ids are interned into the dictionaries as they come. */
    public static final class Builder {
        private final IdDictionary.Builder users = new IdDictionary.Builder();
        private final IdDictionary.Builder items = new IdDictionary.Builder();
        private final java.util.ArrayList<String> types = new java.util.ArrayList<>();
        private int[] user = new int[1 << 16];
        private int[] item = new int[1 << 16];
        private long[] time = new long[1 << 16];
        private byte[] type = new byte[1 << 16];
        private float[] value = new float[1 << 16];
        private int size;

        public Builder add(String userId, String itemId, long timeMillis, String eventType, float v) {
            if (size == user.length) {
                int cap = size * 2;
                user = Arrays.copyOf(user, cap);
                item = Arrays.copyOf(item, cap);
                time = Arrays.copyOf(time, cap);
                type = Arrays.copyOf(type, cap);
                value = Arrays.copyOf(value, cap);
            }
            int t = types.indexOf(eventType);
            if (t < 0) {
                if (types.size() == Byte.MAX_VALUE) {
                    throw new IllegalArgumentException("more than 127 distinct event types");
                }
                types.add(eventType);
                t = types.size() - 1;
            }
            user[size] = users.indexOf(userId);
            item[size] = items.indexOf(itemId);
            time[size] = timeMillis;
            type[size] = (byte) t;
            value[size] = v;
            size++;
            return this;
        }

        public int size() {
            return size;
        }

        /** Makes {@code itemId} known (gives it an index) without an event: catalogue items nobody touched yet. */
        public Builder addItem(String itemId) {
            items.indexOf(itemId);
            return this;
        }

        /** Makes {@code userId} known without an event. */
        public Builder addUser(String userId) {
            users.indexOf(userId);
            return this;
        }

        public InteractionLog build() {
            return new InteractionLog(users.build(), items.build(), List.copyOf(types), Arrays.copyOf(user, size),
                Arrays.copyOf(item, size), Arrays.copyOf(time, size), Arrays.copyOf(type, size),
                Arrays.copyOf(value, size));
        }
    }
}
