String shout(String s) {
    // BEGIN SOLUTION
    return s.toUpperCase() + "!";
    // END SOLUTION
}
