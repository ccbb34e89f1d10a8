/**
 * Hints for the slips students make with the async library, from the cell's code and the
 * error it caused. Depends on nothing else of the project.
 */
package dev.loomlab.eval.slips;
