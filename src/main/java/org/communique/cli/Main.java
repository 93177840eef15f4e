package org.communique.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code communique} command line. Only {@link #main} exits; everything else returns a code. */
@Command(name = "communique", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Turns government press statements into a structured, reviewable dataset.")
public final class Main implements Runnable {
  /** The commands, in the order help lists them. */
  private static final List<Class<?>> COMMANDS = List.of(ExtractCommand.class, EvalCommand.class, DiffCommand.class, ReviewCommand.class,
      VerifyCommand.class, BenchCommand.class, AnnotateCommand.class, ExplainCommand.class, WhyNotCommand.class, QueryCommand.class,
      ExportCommand.class, CommandLine.HelpCommand.class);

  public static final int OK = 0;
  public static final int SOME_FAILED = 1;
  public static final int USAGE = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (extract)");
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs a command line with the given streams; maps every exception to an exit code in one place. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    // picocli reads every option of every command it is given: a command line naming one command
    // is given only that one (a run with nothing to do takes a fraction of a second, a quarter of it was this)
    Class<?> named = args.length == 0 ? null
        : COMMANDS.stream().filter(c -> c.getAnnotation(Command.class).name().equals(args[0])).findFirst().orElse(null);
    for (Class<?> command : named != null ? List.of(named) : COMMANDS) {
      cli.addSubcommand(command);
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("communique: " + message(e));
      return USAGE;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static String message(Exception e) {
    return e.getMessage() != null ? e.getMessage() : e.toString();
  }

  /** The version written in the jar manifest by Maven. */
  public static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v != null ? v : "dev";
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"communique " + version()};
    }
  }
}
