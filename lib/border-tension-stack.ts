import { Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import type { Config } from './config/config-schema';
import { TensionTable } from './constructs/tension-table';

export interface BorderTensionStackProps extends StackProps {
  /** Validated configuration (see lib/config). */
  readonly config: Config;
}

/** Composes the border-tension pipeline for one stage. */
export class BorderTensionStack extends Stack {
  constructor(scope: Construct, id: string, props: BorderTensionStackProps) {
    super(scope, id, props);
    new TensionTable(this, 'Tension', { retain: props.config.stage !== 'dev' });
  }
}
