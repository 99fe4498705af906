package io.marketpilot.cli;

import picocli.CommandLine.Command;

/**
 * TEMPORARY group {@code text} holding {@link NlpAnalyzeCommand} until it moves under the {@code nlp} command
 * (NlpCommand, built on another branch) as {@code nlp analyze}; then this file goes.
 */
@Command(name = "text", mixinStandardHelpOptions = true, description = "Text analysis (temporary; becomes `nlp`).",
        subcommands = NlpAnalyzeCommand.class)
final class TextCommand {
}
