/**
 * Views that update while a cell runs ({@code liveTimeline}, {@code progress}, {@code %tasks
 * --watch}), at most a few frames a second.
 */
package dev.loomlab.display.live;
