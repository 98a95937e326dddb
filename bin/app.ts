#!/usr/bin/env node
/**
 * CDK app: one BorderTensionStack per stage. Configuration comes from the cdk.json context key
 * `border-tension:config`, or from a JSON file given with `-c configFile=path`; `-c stage=prod`
 * overrides the stage. Invalid configuration stops the synth with the field named.
 */
import { App } from 'aws-cdk-lib';
import { addBorderTensionStage, readAppConfig } from '../lib/border-tension-app';
import { ConfigError } from '../lib/config/load-config';

const app = new App();
try {
  addBorderTensionStage(app, readAppConfig(app));
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
