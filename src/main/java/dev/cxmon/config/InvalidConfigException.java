package dev.cxmon.config;

import java.util.List;

/**
 * Thrown by start-up code that finds a setting it cannot work with (a simulator tenant file that does not parse, a
 * port it cannot listen on) where it cannot return the problem; the launcher prints the problems and exits with 2.
 */
public final class InvalidConfigException extends RuntimeException {

    private final transient List<ConfigProblem> problems;

    public InvalidConfigException(ConfigProblem problem, Throwable cause) {
        super(problem.describe(), cause);
        this.problems = List.of(problem);
    }

    public InvalidConfigException(List<ConfigProblem> problems) {
        super(String.join("; ", problems.stream().map(ConfigProblem::describe).toList()), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }
}
