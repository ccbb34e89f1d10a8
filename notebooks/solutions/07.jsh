String reportAsync() throws Exception {
    // BEGIN SOLUTION
    return toThread(() -> slowReport()).await();
    // END SOLUTION
}
