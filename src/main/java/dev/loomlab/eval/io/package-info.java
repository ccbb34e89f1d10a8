/**
 * System.out, System.err and System.in for cells: output goes to the cell whose thread
 * printed it (or is held for the next cell, marked with its origin), bounded per cell; input is
 * read from the frontend.
 */
package dev.loomlab.eval.io;
