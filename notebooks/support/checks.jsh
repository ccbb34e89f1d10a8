// What every lesson's check shares. A lesson's exercise loads this file, then its own
// support/NN.jsh, whose checkNN(...) prints a verdict that starts with ✔ or ✘ and returns the
// share of the exercise done (0 to 1), which nbgrader's test cell turns into points.
import dev.loomlab.async.*;

// One finding of a check: `ok`, or else the hint that says what is not right yet.
record CheckStep(boolean ok, String hint) {}

// Prints the first hint that applies (✘) or the praise (✔); returns the share of steps passed.
double verdict(String praise, CheckStep... steps) {
    long passed = Arrays.stream(steps).filter(CheckStep::ok).count();
    System.out.println(Arrays.stream(steps).filter(s -> !s.ok()).findFirst()
            .map(s -> "✘ " + s.hint()).orElse("✔ " + praise));
    return (double) passed / steps.length;
}

// The exception the student's code really threw (run wraps checked ones).
Throwable unwrapped(Throwable e) {
    return e instanceof AsyncExecutionException && e.getCause() != null ? e.getCause() : e;
}

// The student's code threw instead of answering: say what that means, and score nothing.
double threw(String call, Throwable e, String hint) {
    Throwable cause = unwrapped(e);
    if (cause instanceof UnsupportedOperationException)
        System.out.println("✘ " + call + " is not written yet: put your code where it says YOUR CODE HERE.");
    else
        System.out.println("✘ " + call + " threw " + cause + ". " + hint);
    return 0;
}

// Seconds, one decimal, as the lessons print them.
String secs(double seconds) {
    return String.format("%.1f s", seconds);
}
