package dev.loomlab.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns frames into messages and back: {@code identities..., <IDS|MSG>, signature, header,
 * parent_header, metadata, content, buffers...}. Decoding checks the signature over the
 * exact bytes received, rejects replays of a signature already seen, and reads JSON with
 * Jackson; anything wrong becomes a {@link BadMessageException} saying what.
 */
public final class MessageCodec {
    static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);
    private static final int REPLAY_MEMORY = 10_000;

    private final Signer signer;
    /** Recently seen signatures: a message signed with the right key but sent twice is a replay. */
    private final Map<String, Boolean> seenSignatures = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > REPLAY_MEMORY;
                }
            });

    public MessageCodec(Signer signer) {
        this.signer = signer;
    }

    public List<byte[]> encode(Message message) {
        try {
            List<byte[]> parts = List.of(
                    Json.MAPPER.writeValueAsBytes(message.header()),
                    Json.MAPPER.writeValueAsBytes(message.parentHeader()),
                    Json.MAPPER.writeValueAsBytes(message.metadata()),
                    Json.MAPPER.writeValueAsBytes(message.content()));
            List<byte[]> frames = new ArrayList<>(message.identities().size() + 6 + message.buffers().size());
            frames.addAll(message.identities());
            frames.add(DELIMITER);
            frames.add(signer.sign(parts).getBytes(StandardCharsets.US_ASCII));
            frames.addAll(parts);
            frames.addAll(message.buffers());
            return frames;
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise " + message.type(), e);
        }
    }

    public Message decode(List<byte[]> frames) throws BadMessageException {
        int delimiter = -1;
        for (int i = 0; i < frames.size(); i++) {
            if (Arrays.equals(frames.get(i), DELIMITER)) {
                delimiter = i;
                break;
            }
        }
        if (delimiter < 0) throw new BadMessageException("no <IDS|MSG> delimiter among " + frames.size() + " frames");
        if (frames.size() < delimiter + 6) {
            throw new BadMessageException("truncated message: " + (frames.size() - delimiter - 1)
                    + " frames after the delimiter, 5 expected");
        }
        String signature = new String(frames.get(delimiter + 1), StandardCharsets.US_ASCII);
        List<byte[]> parts = frames.subList(delimiter + 2, delimiter + 6);
        if (signer.enabled()) {
            if (signature.isEmpty()) throw new BadMessageException("unsigned message");
            if (!signer.verify(signature, parts)) throw new BadMessageException("invalid signature");
            if (seenSignatures.put(signature, Boolean.TRUE) != null) {
                throw new BadMessageException("replayed message (signature already seen)");
            }
        }
        ObjectNode header = object(parts.get(0), "header");
        if (!header.path("msg_type").isTextual() || header.path("msg_type").asText().isEmpty()) {
            throw new BadMessageException("header has no msg_type");
        }
        return new Message(
                new ArrayList<>(frames.subList(0, delimiter)),
                header,
                object(parts.get(1), "parent_header"),
                object(parts.get(2), "metadata"),
                object(parts.get(3), "content"),
                new ArrayList<>(frames.subList(delimiter + 6, frames.size())));
    }

    private static ObjectNode object(byte[] json, String what) throws BadMessageException {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new BadMessageException(what + " is not valid JSON");
        }
        if (node == null || !node.isObject()) throw new BadMessageException(what + " is not a JSON object");
        return (ObjectNode) node;
    }
}
