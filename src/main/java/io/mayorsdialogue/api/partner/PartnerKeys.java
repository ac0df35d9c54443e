package io.mayorsdialogue.api.partner;

import io.mayorsdialogue.api.crypto.Sha256;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Partner API keys: 256 random bits, shown once, stored only as a SHA-256 hash. A fast hash is right here because
 * the keys are random, not chosen by people: there is nothing to guess from a dictionary.
 */
public final class PartnerKeys {

    public static final String PREFIX = "mdk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PartnerKeys() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String key) {
        return Sha256.hex(key);
    }

    public static String displayPrefix(String key) {
        return key.substring(0, Math.min(key.length(), PREFIX.length() + 5));
    }
}
