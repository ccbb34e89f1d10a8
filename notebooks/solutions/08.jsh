List<String> fetchAll(HttpClient client, List<Integer> ids) {
    // BEGIN SOLUTION
    var sem = new AsyncSemaphore(2);
    var tasks = new ArrayList<Task<String>>();
    taskGroup(tg -> {
        for (int id : ids) {
            tasks.add(tg.createTask(() -> {
                try (var permit = sem.acquire()) {
                    return fetch(client, id, 100);
                }
            }));
        }
    });
    return tasks.stream().map(Task::result).toList();
    // END SOLUTION
}
