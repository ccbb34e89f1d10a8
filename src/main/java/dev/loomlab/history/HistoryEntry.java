package dev.loomlab.history;

/** One stored cell: its session, its line (the execution count), its text, and its text/plain result or null. */
public record HistoryEntry(int session, int line, String input, String output) {}
