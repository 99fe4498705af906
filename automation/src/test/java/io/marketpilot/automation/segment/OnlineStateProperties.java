package io.marketpilot.automation.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The packed structures of the online state behave like the plain collections they replace. */
class OnlineStateProperties {

    @Property(tries = 100)
    void entriesBehaveLikeASortedListPerChannel(@ForAll long seed) {
        Random r = new Random(seed);
        Map<Integer, List<long[]>> model = new TreeMap<>(); // channel -> (time, amount bits), arrival order for ties
        long[] d = null;
        for (int step = 0; step < 300; step++) {
            if (r.nextInt(10) < 8) {
                int channel = r.nextInt(6) * (r.nextBoolean() ? 1 : 1000);
                long t = r.nextInt(200);
                double amount = r.nextInt(4) == 0 ? r.nextInt(5) + 0.5 : 1;
                d = Entries.add(d, channel, t, amount);
                List<long[]> list = model.computeIfAbsent(channel, k -> new ArrayList<>());
                int i = list.size();
                while (i > 0 && list.get(i - 1)[0] > t) {
                    i--;
                }
                list.add(i, new long[] {t, Double.doubleToLongBits(amount)});
            } else {
                long[] limits = new long[7000];
                for (int k = 0; k < limits.length; k++) {
                    limits[k] = r.nextInt(120) - 10;
                }
                d = Entries.prune(d, c -> limits[c]);
                model.forEach((c, list) -> list.removeIf(e -> e[0] <= limits[c]));
                model.values().removeIf(List::isEmpty);
            }
            for (var en : model.entrySet()) {
                int b = Entries.find(d, en.getKey());
                assertThat(Entries.count(d, b)).isEqualTo(en.getValue().size());
                for (int i = 0; i < en.getValue().size(); i++) {
                    assertThat(Entries.time(d, b, i)).isEqualTo(en.getValue().get(i)[0]);
                    assertThat(Entries.amount(d, b, i)).isEqualTo(Double.longBitsToDouble(en.getValue().get(i)[1]));
                }
            }
            assertThat(d == null).isEqualTo(model.isEmpty());
        }
    }

    @Property(tries = 30)
    void customerIndexGivesEachIdOneDenseIndex(@ForAll long seed) {
        Random r = new Random(seed);
        CustomerIndex index = new CustomerIndex();
        Map<String, Integer> model = new HashMap<>();
        for (int k = 0; k < 3000; k++) {
            String id = r.nextInt(5) == 0 ? "客户-" + r.nextInt(500) : "u" + r.nextInt(2000);
            if (r.nextBoolean()) {
                assertThat(index.find(id)).isEqualTo(model.getOrDefault(id, -1));
            } else {
                int i = index.add(id);
                assertThat(i).isEqualTo(model.computeIfAbsent(id, x -> model.size()));
                assertThat(index.id(i)).isEqualTo(id);
            }
        }
        assertThat(index.size()).isEqualTo(model.size());
        model.forEach((id, i) -> assertThat(index.find(id)).isEqualTo(i));
    }

    @Property(tries = 50)
    void timersFireEachCustomerOnceAtItsEarliestTimeInOrder(@ForAll long seed) {
        Random r = new Random(seed);
        TimerQueue timers = new TimerQueue();
        Map<Integer, Long> due = new HashMap<>();
        long now = 0;
        for (int step = 0; step < 2000; step++) {
            if (r.nextInt(3) > 0) {
                int c = r.nextInt(300);
                long at = now + 1 + r.nextInt(100);
                timers.schedule(c, at);
                due.merge(c, at, Math::min);
            } else {
                now += r.nextInt(30);
                TreeSet<long[]> expected = new TreeSet<>((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0])
                        : Long.compare(a[1], b[1]));
                final long n = now;
                due.forEach((c, at) -> {
                    if (at <= n) {
                        expected.add(new long[] {at, c});
                    }
                });
                for (long[] e : expected) {
                    assertThat(timers.pollDue(now)).isEqualTo((int) e[1]);
                    assertThat(timers.due((int) e[1])).isEqualTo(Long.MAX_VALUE);
                    due.remove((int) e[1]);
                }
                assertThat(timers.pollDue(now)).isEqualTo(-1);
            }
            assertThat(timers.size()).isEqualTo(due.size());
        }
    }
}
