Map<String, Integer> fetchPrices(List<String> items) {
    // BEGIN SOLUTION
    var tasks = new LinkedHashMap<String, Task<Integer>>();
    taskGroup(tg -> {
        for (String item : items) tasks.put(item, tg.createTask(() -> price(item)));
    });
    var prices = new LinkedHashMap<String, Integer>();
    tasks.forEach((item, task) -> prices.put(item, task.result()));
    return prices;
    // END SOLUTION
}
