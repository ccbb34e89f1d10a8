// Lesson 07's check: check07(() -> reportAsync()). Uses `slowReport` from the exercise's helper cell.
// It runs on the real clock: the report blocks a real thread for 0.3 s.
double check07(Callable<String> reportAsync) {
    Object[] got = {null};
    int[] ticks = {0};
    try {
        run(() -> {
            var ticker = createTask("ticker", () -> { while (true) { ticks[0]++; sleep(0.05); } });
            sleep(0);
            got[0] = reportAsync.call();
            ticker.cancel();
        });
    } catch (RuntimeException e) {
        return threw("reportAsync()", e, "It should return the report.");
    }
    return verdict("The report came back and the loop stayed free: the ticker ticked " + ticks[0] + " times meanwhile.",
            new CheckStep("report ready".equals(got[0]), "reportAsync() returned " + got[0] + "; expected \"report ready\"."),
            new CheckStep(ticks[0] >= 3, "The loop froze: the ticker ticked only " + ticks[0] + " time(s) during the 0.3 s report. "
                    + "The blocking call ran on the loop's own turn; run it somewhere else and await it."));
}
