/**
 * The kernel's own log, one format for every package: "[loomlab HH:MM:SS.mmm] message" on the
 * process's original stderr. Depends on nothing else of the project.
 */
package dev.loomlab.log;
