package io.marketpilot.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code nlp}: the text-understanding commands (each subcommand in its own file). */
@Command(name = "nlp", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "COMMAND",
        description = "Review and question understanding: train and evaluate the sentiment head, analyse text.",
        subcommands = {NlpAnalyzeCommand.class, NlpTrainSentimentCommand.class, NlpEvaluateSentimentCommand.class})
final class NlpCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing an nlp command");
    }
}
