package dev.loomlab.eval.exec;

/**
 * What a cell gets instead of quitting the JVM: user code runs inside the kernel's own
 * process, so System.exit would end the kernel and lose every variable. An Error rather than
 * an exception, so that an everyday {@code catch (Exception e)} does not swallow it and the
 * cell stops where the program would have stopped.
 */
public final class SystemExitError extends Error {

    SystemExitError(String call) {
        super(call + " was called in a cell; the kernel keeps running instead of quitting"
                + " (that would lose every variable). To stop early, return from your method"
                + " or throw an exception; to start over, restart the kernel.");
        // The first frame is ours (ExitGuard); the user's own call is what they should see.
        StackTraceElement[] frames = getStackTrace();
        int first = 0;
        while (first < frames.length && frames[first].getClassName().startsWith(ExitGuard.class.getName())) {
            first++;
        }
        setStackTrace(java.util.Arrays.copyOfRange(frames, first, frames.length));
    }
}
