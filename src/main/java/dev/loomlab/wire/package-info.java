/**
 * The Jupyter wire protocol: ZeroMQ sockets (tcp, or ipc through a Unix-socket relay), message
 * framing, HMAC signing and its checks. Knows nothing of the rest of Loomlab.
 */
package dev.loomlab.wire;
