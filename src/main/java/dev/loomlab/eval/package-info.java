/**
 * The JShell engine ({@link dev.loomlab.eval.JShellInterpreter}: a cell split into snippets,
 * compiled and run one by one, with values, errors and tracebacks in the cell's lines) and the
 * interpreters that wrap it (time limit, session startup). Sub-packages: {@code exec} runs and
 * stops user code, {@code loop} is the session event loop, {@code io} routes standard streams
 * to cells, {@code slips} finds students' slips.
 */
package dev.loomlab.eval;
