package io.marketpilot.automation.segment;

import java.util.Arrays;

/** One customer's online state: buffered entries per channel, memberships per segment, the next timer due. */
final class CustomerState {
    final String userId;
    Buffer[] buffers = new Buffer[0];
    long[] members = new long[1];
    long due = Long.MAX_VALUE;

    CustomerState(String userId) {
        this.userId = userId;
    }

    Buffer buffer(int channel) {
        return channel < buffers.length ? buffers[channel] : null;
    }

    Buffer bufferForWrite(int channel) {
        if (channel >= buffers.length) {
            buffers = Arrays.copyOf(buffers, channel + 1);
        }
        if (buffers[channel] == null) {
            buffers[channel] = new Buffer();
        }
        return buffers[channel];
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
        long b = 16 + 8 + 16 + 8L * buffers.length + 16 + 8L * members.length + 8;
        for (Buffer buf : buffers) {
            b += buf == null ? 0 : buf.bytes();
        }
        return b;
    }
}
