/**
 * What cells show: MIME bundles, renderers of values, the display API cells call (IJava's
 * names), and pictures of timelines. {@link dev.loomlab.display.CellContext} says which cell a
 * thread's output belongs to.
 */
package dev.loomlab.display;
