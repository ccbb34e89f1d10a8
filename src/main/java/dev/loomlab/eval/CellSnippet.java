package dev.loomlab.eval;

/**
 * One snippet of a cell, as JShell will evaluate it.
 *
 * @param source the snippet's text; the cell's text from {@code offset} on, plus the
 *               semicolon JShell adds to a trailing expression
 * @param offset where the snippet starts in the cell
 * @param line   the cell line (1-based) the snippet starts on
 */
record CellSnippet(String source, int offset, int line) {}
