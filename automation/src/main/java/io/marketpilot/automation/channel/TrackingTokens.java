package io.marketpilot.automation.channel;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens in tracking URLs ({@code /t/o/{token}} for opens, {@code /t/c/{token}} for clicks): the message key and,
 * for a click, the target URL, signed with HMAC-SHA256 so nobody can forge opens or turn our domain into an open
 * redirect. Stateless: nothing is stored per link.
 */
public final class TrackingTokens {
    /** What a valid token names: a message and, for clicks, where to send the reader. */
    public record Tracked(String messageKey, Optional<String> url) { }

    private static final Base64.Encoder ENC = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DEC = Base64.getUrlDecoder();
    private final byte[] secret;

    public TrackingTokens(byte[] secret) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("the tracking secret needs at least 16 bytes");
        }
        this.secret = secret.clone();
    }

    public String open(String messageKey) {
        return sign("o\n" + messageKey);
    }

    public String click(String messageKey, String url) {
        return sign("c\n" + messageKey + "\n" + url);
    }

    /** The open a token names; empty when forged, damaged or a click token. */
    public Optional<String> readOpen(String token) {
        return verify(token).filter(p -> p.startsWith("o\n")).map(p -> p.substring(2));
    }

    /** The click a token names; empty when forged, damaged or an open token. */
    public Optional<Tracked> readClick(String token) {
        return verify(token).filter(p -> p.startsWith("c\n")).flatMap(p -> {
            int nl = p.indexOf('\n', 2);
            return nl < 0 ? Optional.empty()
                    : Optional.of(new Tracked(p.substring(2, nl), Optional.of(p.substring(nl + 1))));
        });
    }

    private String sign(String payload) {
        byte[] body = payload.getBytes(StandardCharsets.UTF_8);
        return ENC.encodeToString(body) + "." + ENC.encodeToString(mac(body));
    }

    private Optional<String> verify(String token) {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            byte[] body = DEC.decode(token.substring(0, dot));
            byte[] given = DEC.decode(token.substring(dot + 1));
            return MessageDigest.isEqual(given, mac(body))
                    ? Optional.of(new String(body, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] full = mac.doFinal(body);
            return java.util.Arrays.copyOf(full, 16);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
