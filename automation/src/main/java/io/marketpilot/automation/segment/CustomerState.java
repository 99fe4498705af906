package io.marketpilot.automation.segment;

import java.util.Arrays;

/** One customer's online state: buffered entries per channel, memberships per segment, the next timer due. */
final class CustomerState {
    final String userId;
    /** Sparse: the channels this customer has entries in, and their buffers (a customer touches few channels). */
    int[] channels = new int[0];
    Buffer[] buffers = new Buffer[0];
    long[] members = new long[1];
    long due = Long.MAX_VALUE;

    CustomerState(String userId) {
        this.userId = userId;
    }

    Buffer buffer(int channel) {
        for (int i = 0; i < channels.length; i++) {
            if (channels[i] == channel) {
                return buffers[i];
            }
        }
        return null;
    }

    Buffer bufferForWrite(int channel) {
        Buffer b = buffer(channel);
        if (b == null) {
            b = new Buffer();
            channels = Arrays.copyOf(channels, channels.length + 1);
            buffers = Arrays.copyOf(buffers, buffers.length + 1);
            channels[channels.length - 1] = channel;
            buffers[buffers.length - 1] = b;
        }
        return b;
    }

    /** Drops the buffers left empty. */
    void compact() {
        int kept = 0;
        for (int i = 0; i < buffers.length; i++) {
            if (buffers[i].size() > 0) {
                channels[kept] = channels[i];
                buffers[kept++] = buffers[i];
            }
        }
        if (kept < buffers.length) {
            channels = Arrays.copyOf(channels, kept);
            buffers = Arrays.copyOf(buffers, kept);
        }
    }

    boolean member(int segment) {
        int word = segment >>> 6;
        return word < members.length && (members[word] & (1L << segment)) != 0;
    }

    void member(int segment, boolean in) {
        int word = segment >>> 6;
        if (word >= members.length) {
            members = Arrays.copyOf(members, word + 1);
        }
        members[word] = in ? members[word] | (1L << segment) : members[word] & ~(1L << segment);
    }

    boolean inAny() {
        for (long w : members) {
            if (w != 0) {
                return true;
            }
        }
        return false;
    }

    long bytes() {
        long b = 16 + 8 + 2 * 16 + 12L * buffers.length + 16 + 8L * members.length + 8;
        for (Buffer buf : buffers) {
            b += buf.bytes();
        }
        return b;
    }
}
