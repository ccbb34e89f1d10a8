package dev.loomlab.quiz;

/** One answer a learner can pick; {@code correct} marks the right ones (several make a many-choice question). */
public record Choice(String text, boolean correct) {}
