import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { BorderTensionStack } from './border-tension-stack';
import type { Config } from './config/config-schema';
import { ConfigError, loadConfigFile, parseConfig } from './config/load-config';

export const CONFIG_CONTEXT_KEY = 'border-tension:config';

/** cdk.json gives an object; `cdk synth -c border-tension:config='{...}'` gives a JSON string. */
function contextObject(app: App, key: string): unknown {
  const value: unknown = app.node.tryGetContext(key);
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch (error) {
    throw new ConfigError(`Invalid context "${key}": not JSON (${(error as Error).message})`);
  }
}

/**
 * Configuration of a CDK app: the JSON file given with `-c configFile=path`, else the cdk.json
 * context key `border-tension:config`; `-c stage=prod` overrides the stage. Throws ConfigError
 * naming every invalid field.
 */
export function readAppConfig(app: App): Config {
  const file = app.node.tryGetContext('configFile') as string | undefined;
  const config = file
    ? loadConfigFile(file)
    : parseConfig(contextObject(app, CONFIG_CONTEXT_KEY), `cdk.json context "${CONFIG_CONTEXT_KEY}"`);
  const stage = app.node.tryGetContext('stage') as string | undefined;
  return stage ? parseConfig({ ...config, stage }, 'stage from -c stage') : config;
}

/**
 * Add the stack of one stage to the app and run the cdk-nag AwsSolutions pack over the whole app
 * at synth: any unacknowledged finding (warning or error) fails the synth.
 */
export function addBorderTensionStage(app: App, config: Config): BorderTensionStack {
  const stack = new BorderTensionStack(app, `BorderTension-${config.stage}`, {
    config,
    description: `border-tension pipeline (${config.stage})`,
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return stack;
}
