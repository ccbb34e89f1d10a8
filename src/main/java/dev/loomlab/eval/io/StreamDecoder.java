package dev.loomlab.eval.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of one stream into text, keeping an incomplete UTF-8 sequence at the end
 * for the next call, so a character split across two writes is never garbled.
 */
final class StreamDecoder {

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private byte[] carry = new byte[0];

    /** Decodes what can be decoded; {@code end} also turns a dangling partial character into U+FFFD. */
    String decode(byte[] bytes, int length, boolean end) {
        ByteBuffer in = ByteBuffer.allocate(carry.length + length);
        in.put(carry).put(bytes, 0, length).flip();
        CharBuffer out = CharBuffer.allocate(in.remaining() + 1);
        decoder.decode(in, out, end);
        if (end) {
            decoder.flush(out);
            decoder.reset();
        }
        carry = new byte[in.remaining()];
        in.get(carry);
        return out.flip().toString();
    }
}
