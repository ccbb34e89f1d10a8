/**
 * The Jupyter messaging protocol: a {@link dev.loomlab.kernel.Dispatcher} of one handler per
 * message type, {@link dev.loomlab.kernel.Replies} (reply, status, publish), request
 * validation, the execution counter and the threads that serve the sockets (see
 * {@link dev.loomlab.kernel.Kernel}). Sees the engine only through
 * {@link dev.loomlab.eval.Interpreter}.
 */
package dev.loomlab.kernel;
