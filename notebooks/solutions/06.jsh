int quoteOrDefault(double delay, double limit) {
    // BEGIN SOLUTION
    try {
        return waitFor(createTask(() -> quote(delay)), limit);
    } catch (AsyncTimeoutException e) {
        return -1;
    }
    // END SOLUTION
}
