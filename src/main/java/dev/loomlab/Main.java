package dev.loomlab;

import dev.loomlab.async.EventLoop;
import dev.loomlab.async.Exploration;
import dev.loomlab.async.Schedule;
import dev.loomlab.async.Timeline;
import dev.loomlab.display.MimeBundle;
import dev.loomlab.display.MimeTypes;
import dev.loomlab.display.Renderers;
import dev.loomlab.display.TimelinePicture;
import dev.loomlab.eval.CellNote;
import dev.loomlab.eval.CompilerOptions;
import dev.loomlab.eval.Interpreter;
import dev.loomlab.eval.JShellInterpreter;
import dev.loomlab.eval.PreloadedImports;
import dev.loomlab.eval.SessionStartup;
import dev.loomlab.eval.Settings;
import dev.loomlab.eval.TimeLimitedInterpreter;
import dev.loomlab.eval.loop.SessionLoop;
import dev.loomlab.history.History;
import dev.loomlab.history.HistoryLocation;
import dev.loomlab.kernel.Kernel;
import dev.loomlab.kernel.ParentWatch;
import dev.loomlab.log.KernelLog;
import dev.loomlab.magic.MagicInterpreter;
import dev.loomlab.magic.Magics;
import dev.loomlab.wire.ConnectionInfo;
import dev.loomlab.wire.ZmqTransport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code java -jar loomlab.jar CONNECTION_FILE}: the process a Jupyter frontend starts. */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws Exception {
        // Captured before the engine routes System.err to the running cell.
        PrintStream log = System.err;
        KernelLog.useStream(log);
        if (args.length != 1 || !Files.isRegularFile(Path.of(args[0]))) {
            log.println("usage: java -jar loomlab.jar CONNECTION_FILE");
            log.println("Jupyter starts the kernel this way; install it with ./install.sh, then run");
            log.println("  jupyter console --kernel loomlab");
            System.exit(2);
        }
        ConnectionInfo info;
        try {
            info = ConnectionInfo.read(Path.of(args[0]));
        } catch (IOException e) {
            log.println("cannot read the connection file " + args[0] + ": " + e.getMessage());
            System.exit(2);
            return;
        }
        KernelLog.debug("connecting: " + info);
        // Sockets first: the frontend's heartbeat and kernel_info get answers while JShell
        // builds itself in the background.
        ZmqTransport transport = new ZmqTransport(info, KernelLog::warn);
        List<String> imports = new ArrayList<>(PreloadedImports.imports());
        imports.add("import dev.loomlab.async.*;"); // Task, CancelledException, TaskGroup, ... by their names
        imports.add("import static dev.loomlab.async.Async.*;");
        imports.add("import static dev.loomlab.display.live.Live.*;"); // liveTimeline, progress
        imports.add("import static dev.loomlab.quiz.Quiz.*;");
        Renderers.register(Timeline.class, TimelinePicture::bundle);
        // Explorations draw their timelines as inline SVG (the async package knows nothing of
        // notebooks); the display side turns them into images that survive untrusted notebooks.
        Renderers.register(Exploration.class, exploration -> TimelinePicture.withSvgAsImages(Map.of(
                MimeTypes.HTML, exploration.toHtml(), MimeTypes.PLAIN, exploration.toString())));
        Renderers.register(Schedule.class, schedule -> {
            String headline = "seed " + schedule.seed() + ": " + schedule.outcome().headline();
            String svg = schedule.timeline().toSvg();
            return MimeBundle.of(Map.of(
                    MimeTypes.HTML, "<div class=\"loomlab-schedule\"><p><b>"
                            + headline.replace("&", "&amp;").replace("<", "&lt;") + "</b></p>"
                            + TimelinePicture.svgAsImages(svg) + "</div>",
                    MimeTypes.SVG, svg,
                    MimeTypes.PLAIN, headline + "\n" + schedule.timeline().toText()));
        });
        History history = History.open(HistoryLocation.fromEnvironment(), KernelLog::warn);
        Interpreter interpreter = engine(imports, Settings.fromEnvironment(), history, log);
        ParentWatch.start();
        new Kernel(transport, interpreter, history).run();
        history.close();
        KernelLog.debug("shut down");
        // User code may have left non-daemon threads running; they must not keep the process alive.
        System.exit(0);
    }

    /** JShell with magics in front and the cell time limit around them, prepared from the LOOMLAB_* settings. */
    private static Interpreter engine(List<String> imports, Settings settings, History history, PrintStream log) {
        List<String> problems = new ArrayList<>(settings.problems());
        String preview = CompilerOptions.previewProblem(settings.compilerOptions());
        if (preview != null) problems.add(preview);
        JShellInterpreter jshell = new JShellInterpreter(imports, CompilerOptions.forJShell(settings.compilerOptions()));
        SessionLoop session = new SessionLoop();
        EventLoop.setTraceFormatter(jshell::describeException); // warnings name cells, not REPL.$JShell$9
        EventLoop.setDefaultWarningHandler(CellNote::showLoopWarning); // a note, not stderr (nbgrader)
        jshell.setCellHost(session);
        Interpreter cells = new MagicInterpreter(jshell, Magics.standard(session, imports, history));
        if (settings.hasTimeout()) cells = new TimeLimitedInterpreter(cells, settings.timeoutMillis());
        return new SessionStartup(cells, jshell, settings, problems, log);
    }
}
