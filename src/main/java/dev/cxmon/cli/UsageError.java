package dev.cxmon.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * An argument picocli cannot use: the message naming it (an unknown option or command, a value that is not a
 * number, a missing {@code --agent}), picocli's "did you mean", then the synopsis of the command it was given to, all on stderr; exit 2.
 */
final class UsageError implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException problem, String[] args) {
        CommandLine command = problem.getCommandLine();
        PrintWriter err = command.getErr();
        String prefix = command.getParent() == null ? "" : command.getCommandName() + ": ";
        err.println(prefix + problem.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(problem, err);
        CommandLine.Help help = command.getHelp();
        err.print(help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()));
        err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for the options and exit codes.");
        return Launcher.INVALID_CONFIGURATION;
    }
}
