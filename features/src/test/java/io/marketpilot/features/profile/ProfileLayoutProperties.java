package io.marketpilot.features.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Packing a profile's fields into one array and reading them back gives every field unchanged. */
class ProfileLayoutProperties {

    @Property(tries = 300)
    void everyFieldSurvivesThePacking(@ForAll long seed) {
        Random r = new Random(seed);
        ProfileBuilder b = new ProfileBuilder("u" + seed);
        b.firstSeen = r.nextBoolean() ? Profile.NONE : r.nextLong();
        b.lastSeen = r.nextLong();
        b.counts = ints(r, r.nextInt(18), true);
        b.sumCents = longs(r, r.nextInt(18));
        b.seen = longs(r, r.nextInt(5) == 0 ? r.nextInt(257) : r.nextInt(17));
        b.recentItems = longs(r, r.nextInt(11));
        b.recentCategories = longs(r, r.nextInt(6));
        b.sessions = r.nextInt();
        b.sessionKey = r.nextLong();
        b.sessionLastAt = r.nextLong();
        if (r.nextBoolean()) {
            b.hourWeek = new short[31];
            for (int i = 0; i < 31; i++) {
                b.hourWeek[i] = (short) r.nextInt(seed % 2 == 0 ? 256 : Short.MAX_VALUE + 1);
            }
        }
        int cats = r.nextInt(7);
        b.categoryAffinity = ints(r, cats, false);
        b.categoryScores = floats(r, cats);
        int brands = r.nextInt(7);
        b.brandAffinity = ints(r, brands, false);
        b.brandScores = floats(r, brands);
        b.affinityAt = r.nextLong();
        b.orders = r.nextInt();
        b.firstOrderDay = r.nextBoolean() ? -1 : r.nextInt();
        b.lastOrderDay = r.nextBoolean() ? -1 : r.nextInt();
        b.firstOrderCents = r.nextLong();
        b.discountedLines = r.nextInt();
        b.unitPriceCents = r.nextLong();

        Profile p = b.build();
        ProfileBuilder back = new ProfileBuilder(p);
        assertThat(back).usingRecursiveComparison().isEqualTo(b);
        assertThat(back.build()).isEqualTo(p);
    }

    private static int[] ints(Random r, int n, boolean small) {
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = small ? r.nextInt(1000) : r.nextInt();
        }
        return out;
    }

    private static long[] longs(Random r, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = r.nextLong();
        }
        return out;
    }

    private static float[] floats(Random r, int n) {
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = r.nextFloat() * 1000;
        }
        return out;
    }
}
