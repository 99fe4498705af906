package io.marketpilot.data.demo;

/** Hands out creation sequence numbers, session numbers and order numbers (all from 1). */
final class Counters {

    private long seq;
    private long session;
    private long order;

    long seq() {
        return ++seq;
    }

    long session() {
        return ++session;
    }

    long order() {
        return ++order;
    }
}
