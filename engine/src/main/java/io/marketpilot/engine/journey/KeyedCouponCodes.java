package io.marketpilot.engine.journey;

import io.marketpilot.automation.coupon.CouponCode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.random.RandomGenerator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The coupon code of an action, derived from its idempotency key: HMAC-SHA256 with the data directory's secret in
 * counter mode feeds {@link CouponCode#random}. The same key always gives the same code (so a retried issue finds
 * the code it issued), and without the secret a code cannot be guessed from the key.
 */
final class KeyedCouponCodes {
    private final byte[] secret;

    KeyedCouponCodes(byte[] secret) {
        this.secret = secret.clone();
    }

    CouponCode codeFor(String idempotencyKey) {
        return CouponCode.random(new HmacStream(secret, idempotencyKey));
    }

    /** An endless stream of HMAC blocks as random longs: block i = HMAC(secret, "coupon:" + key + ":" + i). */
    private static final class HmacStream implements RandomGenerator {
        private final Mac mac;
        private final String key;
        private ByteBuffer block = ByteBuffer.allocate(0);
        private int counter;

        HmacStream(byte[] secret, String key) {
            try {
                mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
            }
            this.key = key;
        }

        @Override
        public long nextLong() {
            if (block.remaining() < Long.BYTES) {
                block = ByteBuffer.wrap(mac.doFinal(("coupon:" + key + ":" + counter++).getBytes(StandardCharsets.UTF_8)));
            }
            return block.getLong();
        }
    }
}
