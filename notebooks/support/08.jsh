// Lesson 08's check: check08((client, ids) -> fetchAll(client, ids)).
// Uses the lesson's local server (`fetch`, `resetCounts`, `maxInFlight`); runs on the real clock.
double check08(java.util.function.BiFunction<HttpClient, List<Integer>, List<String>> fetchAll) {
    var ids = List.of(5, 3, 8, 1, 9, 2);
    var expected = ids.stream().map(i -> "item " + i).toList();
    List<String> bodies;
    try (var client = HttpClient.newHttpClient()) {
        resetCounts();
        bodies = run(() -> fetchAll.apply(client, ids));
    } catch (RuntimeException e) {
        return threw("fetchAll(client, " + ids + ")", e, "It should return the bodies.");
    }
    int most = maxInFlight.get();
    return verdict("Every body, in the order of the ids, never more than 2 requests at a time (and 2 did run together).",
            new CheckStep(expected.equals(bodies), "Expected " + expected + ", got " + bodies + "."),
            new CheckStep(most <= 2, "The server saw " + most + " requests at once; the limit is 2. Something must make the "
                    + "third request wait until one of the first two is done."),
            new CheckStep(most >= 2, "The requests never ran together (the server saw at most " + most
                    + " at once): up to 2 may run at the same time."));
}
