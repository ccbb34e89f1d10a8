package dev.loomlab.wire;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageCodecTest {
    private final MessageCodec codec = new MessageCodec(new Signer("key", "hmac-sha256"));

    private static Message request(String type) {
        Message m = Message.create("client-session", type, null, Json.obj("code", "1 + 1"));
        return m.withIdentities(List.of("client-id".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void roundTripKeepsIdentitiesHeaderAndContent() throws Exception {
        Message sent = request("execute_request");
        Message received = codec.decode(codec.encode(sent));
        assertEquals("execute_request", received.type());
        assertEquals("client-id", new String(received.identities().get(0), StandardCharsets.UTF_8));
        assertEquals("1 + 1", received.text("code", null));
        assertEquals(sent.id(), received.id());
    }

    @Test
    void replyCarriesTheRequestAsParentAndItsIdentities() {
        Message req = request("kernel_info_request");
        Message reply = Message.create("kernel", "kernel_info_reply", req, Json.obj());
        assertEquals(req.id(), reply.parentHeader().path("msg_id").asText());
        assertArrayEquals(req.identities().get(0), reply.identities().get(0));
        assertEquals("5.4", reply.header().path("version").asText());
    }

    @Test
    void badSignatureIsRejected() {
        List<byte[]> frames = new ArrayList<>(codec.encode(request("execute_request")));
        frames.set(2, "0".repeat(64).getBytes(StandardCharsets.US_ASCII));
        var e = assertThrows(BadMessageException.class, () -> codec.decode(frames));
        assertTrue(e.getMessage().contains("invalid signature"));
    }

    @Test
    void missingSignatureIsRejected() {
        List<byte[]> frames = new ArrayList<>(codec.encode(request("execute_request")));
        frames.set(2, new byte[0]);
        assertThrows(BadMessageException.class, () -> codec.decode(frames));
    }

    @Test
    void aMessageSignedWithAnotherKeyIsRejected() {
        List<byte[]> frames = new MessageCodec(new Signer("wrong", "hmac-sha256")).encode(request("execute_request"));
        assertThrows(BadMessageException.class, () -> codec.decode(frames));
    }

    @Test
    void aReplayedMessageIsRejected() throws Exception {
        List<byte[]> frames = codec.encode(request("execute_request"));
        codec.decode(frames);
        var e = assertThrows(BadMessageException.class, () -> codec.decode(frames));
        assertTrue(e.getMessage().contains("replayed"));
    }

    @Test
    void truncatedAndDelimiterlessFramesAreRejected() {
        List<byte[]> frames = codec.encode(request("execute_request"));
        assertThrows(BadMessageException.class, () -> codec.decode(frames.subList(0, 4)));
        assertThrows(BadMessageException.class, () -> codec.decode(List.of("x".getBytes(), "y".getBytes())));
    }

    @Test
    void invalidJsonAndNonObjectsAreRejectedWithTheReason() {
        MessageCodec unsigned = new MessageCodec(new Signer("", "hmac-sha256"));
        List<byte[]> frames = new ArrayList<>(unsigned.encode(request("execute_request")));
        frames.set(6, "{not json".getBytes(StandardCharsets.UTF_8));
        var e = assertThrows(BadMessageException.class, () -> unsigned.decode(frames));
        assertTrue(e.getMessage().contains("content"));
        frames.set(6, "[1,2]".getBytes(StandardCharsets.UTF_8));
        assertThrows(BadMessageException.class, () -> unsigned.decode(frames));
    }

    @Test
    void extraFramesAfterContentAreBuffers() throws Exception {
        Message m = request("comm_msg");
        List<byte[]> frames = new ArrayList<>(codec.encode(m));
        frames.add(new byte[] {1, 2, 3});
        // the signature covers only the four JSON parts, so appended buffers keep it valid
        assertEquals(1, codec.decode(frames).buffers().size());
    }
}
