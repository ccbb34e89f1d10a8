package dev.loomlab.wire;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignerTest {
    private static final List<byte[]> PARTS = List.of(
            bytes("{\"msg_id\":\"1\",\"msg_type\":\"kernel_info_request\"}"), bytes("{}"), bytes("{}"), bytes("{}"));

    @Test
    void matchesPythonHmacSha256() {
        // python3: hmac.new(b'secret-key', digestmod=hashlib.sha256), updated with each part in order
        assertEquals("d24613c901272087168eb7a17b371d2f54d14044dca08737846f4baf86191b6a",
                new Signer("secret-key", "hmac-sha256").sign(PARTS));
    }

    @Test
    void rejectsATamperedPartAndAnotherKey() {
        Signer signer = new Signer("secret-key", "hmac-sha256");
        String signature = signer.sign(PARTS);
        assertTrue(signer.verify(signature, PARTS));
        List<byte[]> tampered = List.of(PARTS.get(0), PARTS.get(1), PARTS.get(2), bytes("{\"code\":\"x\"}"));
        assertFalse(signer.verify(signature, tampered));
        assertFalse(new Signer("other-key", "hmac-sha256").verify(signature, PARTS));
    }

    @Test
    void anEmptyKeyTurnsSigningOff() {
        Signer signer = new Signer("", "hmac-sha256");
        assertFalse(signer.enabled());
        assertEquals("", signer.sign(PARTS));
    }

    @Test
    void unknownSchemeIsAClearError() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Signer("k", "rot13"));
        assertTrue(e.getMessage().contains("rot13"));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
