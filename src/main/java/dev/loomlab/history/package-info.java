/**
 * The history of cells, kept in SQLite so it survives restarts and crashes; falls back to
 * memory when the database cannot be used.
 */
package dev.loomlab.history;
