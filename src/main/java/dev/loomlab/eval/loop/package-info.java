/**
 * The event loop a notebook session lives on: each cell is the main task of one long-lived
 * loop, which a thread of its own keeps driving between cells.
 */
package dev.loomlab.eval.loop;
