package io.mayorsdialogue.api.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of UTF-8 text: request fingerprints for idempotency and the stored form of API keys. */
public final class Sha256 {

    private Sha256() {
    }

    public static byte[] of(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static String hex(String s) {
        return HexFormat.of().formatHex(of(s));
    }
}
