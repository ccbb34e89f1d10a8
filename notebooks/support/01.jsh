// Lesson 01's check: check01(() -> makeBreakfast()). Uses `cooked` from the exercise's helper cell.
double check01(AsyncRunnable makeBreakfast) {
    cooked.clear();
    double took;
    try {
        took = run(() -> {
            double t0 = time();
            makeBreakfast.run();
            return time() - t0;
        }, virtualClock());
    } catch (RuntimeException e) {
        return threw("makeBreakfast()", e, "It should cook the three dishes and return.");
    }
    boolean allCooked = new HashSet<>(cooked).equals(Set.of("eggs", "toast", "coffee"));
    return verdict("Breakfast in " + secs(took) + ": the three dishes cooked at the same time.",
            new CheckStep(allCooked, "Something is not cooked: only " + cooked + " were done when makeBreakfast() returned. "
                    + "Wait for every task (gather them, or await each) before returning: run() cancels what is left."),
            new CheckStep(allCooked && took <= 0.55, "Everything is cooked, but it took " + secs(took)
                    + ": the dishes were cooked one after the other. Start all three as tasks first, then wait for them together."),
            new CheckStep(allCooked && took <= 0.35, "Everything is cooked in " + secs(took)
                    + ": better, but two dishes still ran one after the other. Start all three before waiting for any."));
}
