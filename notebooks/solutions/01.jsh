void makeBreakfast() {
    // BEGIN SOLUTION
    var eggs = createTask(() -> cook("eggs", 0.3));
    var toast = createTask(() -> cook("toast", 0.2));
    var coffee = createTask(() -> cook("coffee", 0.1));
    gather(eggs, toast, coffee).await();
    // END SOLUTION
}
