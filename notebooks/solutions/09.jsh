Map<String, String> choice = new HashMap<>();
// BEGIN SOLUTION
choice.put("count words in 200 large files already in memory", "platform");
choice.put("call 5,000 REST endpoints and store the answers", "virtual");
choice.put("run a plug-in written in C that sometimes crashes", "process");
choice.put("a chat server that shares one room state between many connections, with timeouts", "loop");
// END SOLUTION
