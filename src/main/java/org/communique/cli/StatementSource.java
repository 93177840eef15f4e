package org.communique.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where {@code explain} and {@code why-not} find a statement, the rules, and the annotation cache. */
final class StatementSource {
  @Option(names = "--corpus", defaultValue = "corpus", description = "Statements (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--models", defaultValue = "models", description = "Models folder (default: ${DEFAULT-VALUE}).")
  Path models;

  @Option(names = "--out", defaultValue = "output", description = "Output folder whose annotation cache is read (default: ${DEFAULT-VALUE}).")
  Path out;
}
