/**
 * Level-change alerts for local runs: one line on the terminal (the transition itself is already
 * kept in the table by TensionStore.claimTransition, so nothing else needs storing here).
 */
import type { AlertPublisher, LevelChangeAlert } from '../../core/ports/alert-publisher';
import { alertSummary } from './alert-message';

export class ConsoleAlertPublisher implements AlertPublisher {
  readonly published: LevelChangeAlert[] = [];

  constructor(
    private readonly writeLine: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  ) {}

  async publish(alert: LevelChangeAlert): Promise<void> {
    this.published.push(alert);
    this.writeLine(`ALERT ${alert.pair} ${alert.from} -> ${alert.to}: ${alertSummary(alert)}`);
  }
}
