// Lesson 02's check: check02(() -> fetchPair()).
double check02(Callable<List<String>> fetchPair) {
    List<String> got;
    double took;
    Timeline timeline;
    try {
        List<Object> box = new ArrayList<>();
        timeline = run(() -> {
            var loop = getRunningLoop();
            loop.startRecording();
            double t0 = time();
            box.add(fetchPair.call());
            box.add(time() - t0);
            return loop.stopRecording();
        }, virtualClock());
        @SuppressWarnings("unchecked") List<String> pair = (List<String>) box.get(0);
        got = pair;
        took = (Double) box.get(1);
    } catch (RuntimeException e) {
        return threw("fetchPair()", e, "It should return [L, R].");
    }
    Set<String> names = new HashSet<>();
    for (var turn : timeline.turns()) names.add(turn.task());
    boolean right = List.of("L", "R").equals(got);
    return verdict("[L, R] in " + secs(took) + ", from tasks named left and right.",
            new CheckStep(right, "fetchPair() returned " + got + "; it should return [L, R], in that order."),
            new CheckStep(right && took <= 0.45, "Right result, but it took " + secs(took)
                    + ": the second task was created after awaiting the first. Create both tasks, then await them."),
            new CheckStep(names.containsAll(Set.of("left", "right")), "The tasks are not named left and right "
                    + "(the loop saw " + new TreeSet<>(names) + "). createTask takes a name first: createTask(\"left\", ...)."));
}
