// Lesson 03's check: check03(urls -> fetchAll(urls)). Uses `fetch` and `ValueError` from the lesson.
double check03(java.util.function.Function<List<String>, List<Object>> fetchAll) {
    var urls = List.of("a", "bad", "c");
    List<Object> got;
    double took;
    try {
        List<Object> box = new ArrayList<>();
        took = run(() -> {
            double t0 = time();
            box.add(fetchAll.apply(urls));
            return time() - t0;
        }, virtualClock());
        @SuppressWarnings("unchecked") List<Object> list = (List<Object>) box.get(0);
        got = list;
    } catch (RuntimeException e) {
        return threw("fetchAll([a, bad, c])", e, "It must not throw: the URL that failed should get its exception "
                + "in its place in the list, and the others their pages. gather has a way to do that (section 3).");
    }
    boolean shaped = got != null && got.size() == 3;
    boolean inOrder = shaped && "page a".equals(got.get(0)) && "page c".equals(got.get(2));
    boolean errorInPlace = shaped && got.get(1) instanceof ValueError;
    return verdict(got + " in " + secs(took) + ": concurrent, in order, with the error in its place.",
            new CheckStep(shaped, "fetchAll should return a list with one entry per URL; it returned " + got + "."),
            new CheckStep(inOrder, "The pages are not in URL order: got " + got + ". gather keeps the order of its arguments."),
            new CheckStep(errorInPlace, "The entry for \"bad\" should be its ValueError; it is " + (shaped ? got.get(1) : "missing") + "."),
            new CheckStep(took <= 0.3, "Right answer, but it took " + secs(took)
                    + ": the URLs were fetched one after the other. Fetch them concurrently."));
}
