package dev.loomlab.display;

/**
 * Implemented by a user type that knows how to show itself: its bundle is used whenever a
 * value of that type is the result of a cell or is passed to {@code display(...)}.
 */
@FunctionalInterface
public interface Displayable {
    MimeBundle toMimeBundle();
}
