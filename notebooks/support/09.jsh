// Lesson 09's check: check09(choice).
// For each job: the models that fit it in Java, and why.
record Fit(Set<String> models, String why) {}

Map<String, Fit> MODEL_KEY = Map.of(
        "count words in 200 large files already in memory", new Fit(Set.of("platform"),
                "CPU-bound: a pool of platform threads (or the ForkJoinPool) keeps every core busy; no GIL in Java"),
        "call 5,000 REST endpoints and store the answers", new Fit(Set.of("virtual", "loop"),
                "blocking I/O, many at once: one virtual thread per call (bounded with a semaphore); tasks on a loop work too"),
        "run a plug-in written in C that sometimes crashes", new Fit(Set.of("process"),
                "isolation: a crash in a separate process does not take the JVM down"),
        "a chat server that shares one room state between many connections, with timeouts", new Fit(Set.of("loop", "virtual"),
                "shared state and timeouts: tasks on one loop need no locks; virtual threads with a lock around the room work too"));

double check09(Map<String, String> choice) {
    int right = 0;
    var lines = new ArrayList<String>();
    for (var job : new TreeSet<>(MODEL_KEY.keySet())) {
        Fit fit = MODEL_KEY.get(job);
        String yours = choice.get(job);
        boolean ok = yours != null && fit.models().contains(yours);
        if (ok) right++;
        lines.add((ok ? "  ✔ " : "  ✘ ") + job + ": " + (ok ? "" : "you said " + yours + ", best is "
                + String.join(" or ", new TreeSet<>(fit.models())) + ": ") + fit.why());
    }
    System.out.println(right == MODEL_KEY.size() ? "✔ Every job has a model that fits it:"
            : "✘ " + right + " of " + MODEL_KEY.size() + " jobs have a model that fits; the ✘ lines below say why not:");
    lines.forEach(System.out::println);
    return (double) right / MODEL_KEY.size();
}
