int buyFixed(int[] seats, int[] sold, AsyncLock lock) {
    // BEGIN SOLUTION
    try (var held = lock.acquire()) {    // one buyer at a time from the check to the act
        if (seats[0] > 0) {
            sleep(0.1);
            seats[0]--;
            sold[0]++;
        }
    }
    return sold[0];
    // END SOLUTION
}
