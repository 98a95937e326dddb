/** One subcommand of the `border-tension` CLI. */
export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Full help text, printed by `border-tension NAME --help`. */
  usage: string;
  /** Runs the command; resolves to the process exit code. */
  run(argv: string[]): Promise<number>;
}

/** A usage error: printed with the command's help hint and exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
