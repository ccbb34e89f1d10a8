/**
 * Quiz cells ({@code %%quiz} or {@code quiz(...)}): questions shown as interactive HTML, with
 * Markdown and plain text for other frontends.
 */
package dev.loomlab.quiz;
