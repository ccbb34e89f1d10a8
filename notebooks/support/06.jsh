// Lesson 06's check: check06((delay, limit) -> quoteOrDefault(delay, limit)).
// Uses `quote` and `interrupted` from the exercise's helper cell.
double check06(java.util.function.BiFunction<Double, Double, Integer> quoteOrDefault) {
    int[] got = {0, 0};
    double[] took = {0};
    int[] cancelled = {0};
    interrupted[0] = 0;
    try {
        run(() -> {
            got[0] = quoteOrDefault.apply(0.1, 0.5);
            double t0 = time();
            got[1] = quoteOrDefault.apply(2.0, 0.2);
            took[0] = time() - t0;
            sleep(0);                              // a cancelled request gets its turn to stop
            cancelled[0] = interrupted[0];         // counted before run() cancels what is left
        }, virtualClock());
    } catch (RuntimeException e) {
        return threw("quoteOrDefault", e, "It should return the quote, or -1 when the quote is late.");
    }
    return verdict("42 when quick, -1 at the 0.2 s deadline, and the late request was cancelled.",
            new CheckStep(got[0] == 42, "A quick quote (0.1 s, limit 0.5 s) should come through as 42; got " + got[0] + "."),
            new CheckStep(got[1] == -1, "A late quote (2 s, limit 0.2 s) should give -1; got " + got[1] + "."),
            new CheckStep(took[0] < 0.3, "For the late quote it waited " + secs(took[0]) + " instead of giving up at 0.2 s."),
            new CheckStep(cancelled[0] == 1, "The late request was left running after the deadline (it was never cancelled). "
                    + "A timeout that only stops *waiting* is not enough here: which call cancels what it waits for?"));
}
