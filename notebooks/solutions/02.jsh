List<String> fetchPair() {
    // BEGIN SOLUTION
    var left = createTask("left", () -> { sleep(0.3); return "L"; });
    var right = createTask("right", () -> { sleep(0.2); return "R"; });
    return List.of(left.await(), right.await());
    // END SOLUTION
}
