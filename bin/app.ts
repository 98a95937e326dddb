#!/usr/bin/env node
/**
 * CDK app: one BorderTensionStack per stage. Configuration comes from the cdk.json context key
 * `border-tension:config`, or from a JSON file given with `-c configFile=path`; `-c stage=prod`
 * overrides the stage. Invalid configuration stops the synth with the field named.
 */
import { App } from 'aws-cdk-lib';
import { BorderTensionStack } from '../lib/border-tension-stack';
import type { Config } from '../lib/config/config-schema';
import { ConfigError, loadConfigFile, parseConfig } from '../lib/config/load-config';

function readConfig(app: App): Config {
  const file = app.node.tryGetContext('configFile') as string | undefined;
  const config = file
    ? loadConfigFile(file)
    : parseConfig(
        app.node.tryGetContext('border-tension:config'),
        'cdk.json context "border-tension:config"',
      );
  const stage = app.node.tryGetContext('stage') as string | undefined;
  return stage ? parseConfig({ ...config, stage }, 'stage from -c stage') : config;
}

const app = new App();
try {
  const config = readConfig(app);
  new BorderTensionStack(app, `BorderTension-${config.stage}`, {
    config,
    description: `border-tension pipeline (${config.stage})`,
  });
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
