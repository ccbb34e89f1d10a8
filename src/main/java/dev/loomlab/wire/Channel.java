package dev.loomlab.wire;

/** The four message channels of a Jupyter kernel (the heartbeat only echoes bytes). */
public enum Channel {
    SHELL, CONTROL, IOPUB, STDIN
}
