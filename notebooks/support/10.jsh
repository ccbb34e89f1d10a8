// Lesson 10's check: check10((seats, sold, lock) -> buyFixed(seats, sold, lock)).
// Three buyers, two seats: in an ordinary run and under every schedule explore finds (with
// sleeps 0.7x to 1.3x as long), exactly 2 are sold and 0 are left.

// What a buyer is: sells one seat if there is one, and returns how many are sold.
interface SeatBuyer { int buy(int[] seats, int[] sold, AsyncLock lock); }

// Three buyers at once for the last two seats. A fresh lock each time: a lock belongs to one
// event loop, and each schedule runs on a fresh one.
String sellLastSeats(SeatBuyer buyer) {
    int[] seats = {2}, sold = {0};
    var lock = new AsyncLock();
    gather(() -> buyer.buy(seats, sold, lock), () -> buyer.buy(seats, sold, lock), () -> buyer.buy(seats, sold, lock)).await();
    return "sold " + sold[0] + ", seats left " + seats[0];
}

double check10(SeatBuyer buyer) {
    String right = "sold 2, seats left 0";
    String once;
    try {
        once = run(() -> sellLastSeats(buyer), virtualClock());
    } catch (RuntimeException e) {
        return threw("buyFixed(seats, sold, lock)", e, "It should take a seat when there is one left, and return sold[0].");
    }
    var explored = explorer().jitter(0.3).explore(() -> sellLastSeats(buyer)).expect("2 sold, 0 left", r -> r.equals(right));
    var worst = explored.outcomes().get(0);      // an outcome that breaks the rule comes first
    String which = explored.exhaustive() ? "Every one of the " + explored.schedules() + " schedules"
            : "Every one of " + explored.schedules() + " schedules sampled at random";
    return verdict(which + " sells exactly 2 seats and leaves 0.",
            new CheckStep(once.equals(right), "In an ordinary run the three buyers end with " + once + ": all three "
                    + "checked seats[0] > 0 before any of them took a seat. The payment (an await) between the check "
                    + "and the act lets the other buyers in."),
            new CheckStep(explored.violations() == 0, explored.violations() + " of " + explored.schedules()
                    + " schedules still go wrong, e.g. " + worst.outcome().headline() + " (replay seed "
                    + worst.first().seed() + "): some order of the buyers still gets between the check and the act."));
}
