String race() {
    // BEGIN SOLUTION
    var mirrors = List.of(
            createTask("eu", () -> mirror("eu", 0.3)),
            createTask("us", () -> mirror("us", 0.1)),
            createTask("asia", () -> mirror("asia", 0.2)));
    var result = Async.wait(mirrors, FIRST_COMPLETED);
    for (var t : result.pending()) t.cancel();
    return result.done().iterator().next().result();
    // END SOLUTION
}
