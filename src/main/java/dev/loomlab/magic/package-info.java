/**
 * %-magics: {@link dev.loomlab.magic.MagicInterpreter} is an interpreter in front of the engine
 * that runs %line and %%cell magics and passes everything else on; the magics themselves are
 * registered in {@link dev.loomlab.magic.Magics}.
 */
package dev.loomlab.magic;
