/**
 * Where level-change alerts go: SNS in AWS (functions/adapters/alerts), the terminal and the table
 * locally. The scorer publishes only transitions that `TensionStore.claimTransition` recorded, so
 * each transition is published once even when the scorer runs twice.
 */
import type { Evidence } from '../model';
import type { LevelTransition } from './tension-store';

export interface LevelChangeAlert extends LevelTransition {
  /** The strongest contributing events at the transition. */
  evidence: Evidence[];
}

export interface AlertPublisher {
  publish(alert: LevelChangeAlert): Promise<void>;
}
