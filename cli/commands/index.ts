import type { Command } from '../command';
import { analyzeCommand } from './analyze';
import { backtestCommand } from './backtest';
import { startCommand } from './start';

/** Every subcommand, in the order `--help` lists them. */
export const COMMANDS: Command[] = [startCommand, backtestCommand, analyzeCommand];
