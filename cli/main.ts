import { type Command, UsageError } from './command';
import { COMMANDS } from './commands';

function overview(commands: Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length), 4);
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'border-tension: watch the news for trouble on international borders.',
    '',
    'Usage: border-tension <command> [options]',
    '',
    'Commands:',
    ...lines,
    `  ${'help'.padEnd(width)}  Show this help, or a command's: border-tension help <command>`,
    '',
    'Run `border-tension <command> --help` for the options of a command.',
  ].join('\n');
}

/** Entry point of the CLI; returns the exit code instead of exiting, so it can be tested. */
export async function main(argv: string[], commands: Command[] = COMMANDS): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || (name === 'help' && rest.length === 0)) {
    process.stdout.write(`${overview(commands)}\n`);
    return 0;
  }
  const wanted = name === 'help' ? rest[0] : name;
  const command = commands.find((c) => c.name === wanted);
  if (!command) {
    process.stderr.write(`border-tension: unknown command "${wanted}".\n\n${overview(commands)}\n`);
    return 2;
  }
  if (name === 'help' || rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(
        `border-tension ${command.name}: ${error.message}\nSee: border-tension ${command.name} --help\n`,
      );
      return 2;
    }
    process.stderr.write(`border-tension ${command.name}: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}
