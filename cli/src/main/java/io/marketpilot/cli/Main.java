package io.marketpilot.cli;

import io.marketpilot.cli.logging.LogfmtProvider;
import io.marketpilot.engine.config.ConfigException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/** The {@code marketpilot} command: parses the command line, runs one subcommand, maps the outcome to an exit code. */
@Command(name = "marketpilot", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Self-hosted engine for e-commerce marketing automation.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {DemoCommand.class, ServeCommand.class, ImportCommand.class, StatsCommand.class,
            TrainCommand.class, RecommendCommand.class, EvaluateCommand.class, ModelsCommand.class, KeysCommand.class,
            ExperimentsCommand.class, UpliftCommand.class, ProfileCommand.class, SegmentsCommand.class,
            JourneysCommand.class, NlpCommand.class, ConfigCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 the work failed, 2 usage error, 3 environment problem.",
            "Environment: MARKETPILOT_API_KEY (admin key for serve), MARKETPILOT_LOG_LEVEL (e.g. debug,"
                    + " or info,org.eclipse.jetty=debug), MARKETPILOT_JAVA_OPTS (JVM flags, via bin/marketpilot),"
                    + " MARKETPILOT_CONFIG (configuration file), MARKETPILOT_<KEY> (any configuration key, e.g."
                    + " MARKETPILOT_NLP_ENCODER_VARIANT=fp32; see marketpilot config show)."})
public final class Main implements Runnable {
    @Spec
    CommandSpec spec;

    private static volatile boolean verbose;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Log debug lines of MarketPilot and print stack traces of failures.")
    void setVerbose(boolean on) {
        if (on) {
            verbose = true;
            LogfmtProvider.verbose();
        }
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing a command");
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err));
    }

    /** Runs one command line with the given streams and returns its exit code (see {@link ExitCodes}). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler(Main::failure);
        cli.setUsageHelpAutoWidth(true);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static int usageError(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("marketpilot: " + ex.getMessage());
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        return ExitCodes.USAGE;
    }

    private static int failure(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        int code;
        if (ex instanceof ConfigException) {
            err.println("marketpilot: " + ex.getMessage());
            code = ExitCodes.FAILURE;
        } else if (ex instanceof EnvironmentProblem) {
            err.println("marketpilot: " + ex.getMessage());
            code = ExitCodes.ENVIRONMENT;
        } else if (ex instanceof UnsupportedOperationException) {
            err.println("marketpilot: not available yet in this build: " + ex.getMessage());
            code = ExitCodes.FAILURE;
        } else {
            err.println("marketpilot: " + cmd.getCommandSpec().qualifiedName(" ") + " failed: " + ex);
            code = ExitCodes.FAILURE;
        }
        if (verbose) {
            ex.printStackTrace(err);
        } else if (code == ExitCodes.FAILURE && !(ex instanceof ConfigException)) {
            err.println("(run with --verbose for the stack trace)");
        }
        err.flush();
        return code;
    }
}
