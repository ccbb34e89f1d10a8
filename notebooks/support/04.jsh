// Lesson 04's check: check04(() -> race()). Uses `mirror` from the exercise's helper cell.
double check04(Callable<String> race) {
    Object[] got = {null};
    double[] took = {0};
    List<String> leftover = new ArrayList<>();
    try {
        run(() -> {
            double t0 = time();
            got[0] = race.call();
            took[0] = time() - t0;
            sleep(0);                                   // let cancelled tasks finish cancelling
            for (var t : allTasks()) if (t != currentTask()) leftover.add(t.getName());
        }, virtualClock());
    } catch (RuntimeException e) {
        return threw("race()", e, "It should return the answer of the first mirror to finish.");
    }
    boolean right = "file from us".equals(got[0]);
    return verdict("\"" + got[0] + "\" in " + secs(took[0]) + ", and the slower mirrors were cancelled.",
            new CheckStep(right, "race() returned " + got[0] + "; the first mirror to finish is us (0.1 s). "
                    + "Return the result of the task in the done set, not the first one you created."),
            new CheckStep(took[0] <= 0.15, "race() took " + secs(took[0])
                    + ": it waited for more than the first mirror. wait can return as soon as one task is done."),
            new CheckStep(leftover.isEmpty(), leftover + " kept running after race() returned. "
                    + "wait does not cancel the losers: cancel every task in the pending set."));
}
