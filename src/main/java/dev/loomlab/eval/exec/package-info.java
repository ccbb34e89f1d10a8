/**
 * Where a snippet's user code runs and how it is stopped: JShell's execution control, in this
 * JVM, hands each snippet to a {@link dev.loomlab.eval.exec.CellHost} (the session loop, or a
 * plain thread), and honours a stop asked while the snippet was still compiling.
 */
package dev.loomlab.eval.exec;
