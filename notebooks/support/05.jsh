// Lesson 05's check: check05(items -> fetchPrices(items)). Uses `price` from the exercise's helper cell.
double check05(java.util.function.Function<List<String>, Map<String, Integer>> fetchPrices) {
    Map<String, Integer> got;
    double took;
    try {
        List<Object> box = new ArrayList<>();
        took = run(() -> {
            double t0 = time();
            box.add(fetchPrices.apply(List.of("plum", "apple", "pear")));
            return time() - t0;
        }, virtualClock());
        @SuppressWarnings("unchecked") Map<String, Integer> prices = (Map<String, Integer>) box.get(0);
        got = prices;
    } catch (RuntimeException e) {
        return threw("fetchPrices([plum, apple, pear])", e, "Every one of those items has a price.");
    }
    // two unknown items: what comes out, and is any lookup left running?
    Object[] unknown = run(() -> {
        Object outcome;
        try {
            fetchPrices.apply(List.of("apple", "kiwi", "mango"));
            outcome = "no exception";
        } catch (RuntimeException e) {
            outcome = e;
        }
        return new Object[] {outcome, allTasks().size() > 1};
    }, virtualClock());
    int failures = unknown[0] instanceof TaskGroupException eg ? eg.getExceptions().size() : 0;
    boolean right = Map.of("plum", 2, "apple", 3, "pear", 4).equals(got);
    return verdict(got + " in " + secs(took) + "; unknown items give one TaskGroupException holding both failures.",
            new CheckStep(right, "fetchPrices([plum, apple, pear]) returned " + got + "; expected {plum=2, apple=3, pear=4}."),
            new CheckStep(right && List.copyOf(got.keySet()).equals(List.of("plum", "apple", "pear")),
                    "The prices are right but not in the order of the items: " + (got == null ? null : got.keySet())
                    + ". A LinkedHashMap keeps the order you put things in."),
            new CheckStep(took < 0.15, "It took " + secs(took) + " for three items: look them up concurrently, in one task group."),
            new CheckStep(unknown[0] instanceof TaskGroupException, "With two unknown items (kiwi, mango) fetchPrices should throw a "
                    + "TaskGroupException; it gave " + unknown[0] + ". Run the lookups in a task group and let its exception out."),
            new CheckStep(failures == 2 || !(unknown[0] instanceof TaskGroupException),
                    "The TaskGroupException should hold both failures (kiwi and mango); it held " + failures + "."),
            new CheckStep(!(Boolean) unknown[1], "A lookup was still running after fetchPrices threw: a task group leaves none behind."));
}
