package io.marketpilot.automation.guard;

import static org.assertj.core.api.Assertions.assertThat;

import io.marketpilot.automation.channel.ChannelName;
import io.marketpilot.core.id.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * A million marketing sends on simulated time through the frequency guard, checked afterwards by an independent
 * sliding-window count over what was admitted: no cap is ever exceeded in any window.
 */
class FrequencyCapProperties {
    private static final ChannelName[] CHANNELS = {ChannelName.of("email"), ChannelName.of("hook"), ChannelName.of("box")};

    @Property(tries = 1)
    void aMillionSendsNeverExceedACap(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        assertThat(violations(seed, 1_000_000, 2_000)).isZero();
    }

    @Property(tries = 20)
    void smallRunsNeverExceedACap(@ForAll long seed, @ForAll @IntRange(min = 1, max = 50) int customers) {
        assertThat(violations(seed, 20_000, customers)).isZero();
    }

    private static long violations(long seed, int sends, int customers) {
        List<FrequencyCap> caps = List.of(
                FrequencyCap.perChannel(CHANNELS[0], FrequencyCap.Window.DAY, 2),
                FrequencyCap.perChannel(CHANNELS[1], FrequencyCap.Window.WEEK, 5),
                FrequencyCap.acrossChannels(FrequencyCap.Window.DAY, 3),
                FrequencyCap.acrossChannels(FrequencyCap.Window.MONTH, 12));
        SendGuards guards = new SendGuards(List.of(new FrequencyCapGuard(caps)));
        SplittableRandom random = new SplittableRandom(seed);
        UserId[] ids = new UserId[customers];
        for (int i = 0; i < customers; i++) {
            ids[i] = UserId.of("c" + i);
        }
        // admitted sends per customer: epoch seconds and channel index, in time order
        List<long[]> admitted = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            admitted.add(new long[16]);
        }
        int[] counts = new int[customers];
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < sends; i++) {
            now = now.plusSeconds(random.nextInt(0, 240)); // ~ a year of sends with bursts at the same instant
            int c = random.nextInt(customers);
            int ch = random.nextInt(CHANNELS.length);
            boolean marketing = random.nextInt(10) != 0;
            SendAttempt a = new SendAttempt(ids[c], CHANNELS[ch], ConsentTopic.EMAIL,
                    marketing ? Purpose.MARKETING : Purpose.TRANSACTIONAL);
            if (guards.admit(a, now).allowed() && marketing) {
                long[] log = admitted.get(c);
                if (counts[c] * 2 + 2 > log.length) {
                    log = java.util.Arrays.copyOf(log, log.length * 2);
                    admitted.set(c, log);
                }
                log[counts[c] * 2] = now.getEpochSecond();
                log[counts[c] * 2 + 1] = ch;
                counts[c]++;
            }
        }
        long violations = 0;
        for (int c = 0; c < customers; c++) {
            for (FrequencyCap cap : caps) {
                violations += violationsOf(admitted.get(c), counts[c], cap);
            }
        }
        return violations;
    }

    /** For every admitted send, the covered sends in the window ending at it (itself included) must be <= max. */
    private static long violationsOf(long[] log, int n, FrequencyCap cap) {
        long window = cap.window().length().getSeconds();
        long violations = 0;
        int from = 0;
        int inWindow = 0;
        for (int i = 0; i < n; i++) {
            if (!covers(cap, log, i)) {
                continue;
            }
            inWindow++;
            while (log[from * 2] <= log[i * 2] - window) {
                if (covers(cap, log, from)) {
                    inWindow--;
                }
                from++;
            }
            if (inWindow > cap.max()) {
                violations++;
            }
        }
        return violations;
    }

    private static boolean covers(FrequencyCap cap, long[] log, int i) {
        return cap.covers(CHANNELS[(int) log[i * 2 + 1]]);
    }

}
