package dev.loomlab.wire;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC signatures of the Jupyter wire protocol: the hex digest of header, parent header,
 * metadata and content, in that order. An empty key means signing is off (the spec allows
 * it); then every signature is the empty string.
 */
public final class Signer {
    private final SecretKeySpec key;
    private final String algorithm;

    public Signer(String key, String scheme) {
        this.algorithm = switch (scheme) {
            case "hmac-sha256" -> "HmacSHA256";
            case "hmac-sha512" -> "HmacSHA512";
            case "hmac-sha1" -> "HmacSHA1";
            case "hmac-md5" -> "HmacMD5";
            default -> throw new IllegalArgumentException("unsupported signature scheme '" + scheme + "'");
        };
        this.key = key.isEmpty() ? null : new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm);
    }

    public boolean enabled() {
        return key != null;
    }

    public String sign(List<byte[]> parts) {
        if (key == null) return "";
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(key);
            for (byte[] part : parts) mac.update(part);
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with " + algorithm, e);
        }
    }

    /** Constant-time comparison, so timing does not leak how much of a forged signature matched. */
    public boolean verify(String signature, List<byte[]> parts) {
        if (key == null) return true;
        byte[] expected = sign(parts).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }
}
