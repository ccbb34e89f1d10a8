package dev.loomlab.eval.io;

/** A line of input from the frontend (input_request / input_reply), for System.in. */
@FunctionalInterface
public interface InputSource {
    String readLine(String prompt, boolean password);
}
