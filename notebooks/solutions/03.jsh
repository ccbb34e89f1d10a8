List<Object> fetchAll(List<String> urls) {
    // BEGIN SOLUTION
    List<Callable<String>> jobs = new ArrayList<>();
    for (String url : urls) jobs.add(() -> fetch(url));
    return gather(jobs, true).await();
    // END SOLUTION
}
