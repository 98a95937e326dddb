import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Stack } from 'aws-cdk-lib';

/** Entry files standing in for the real handlers where a test skips bundling. */
export const FIXTURE_HANDLERS_DIR = join(__dirname, 'fixtures', 'handlers');
export const FIXTURE_ENTRY = join(FIXTURE_HANDLERS_DIR, 'dispatch-sources.ts');

/** An app that skips esbuild bundling (construct tests stay fast) and writes to a fresh temp dir. */
export function appWithoutBundling(context: Record<string, unknown> = {}): App {
  return new App({
    outdir: mkdtempSync(join(tmpdir(), 'bt-cdk-')),
    context: { 'aws:cdk:bundling-stacks': [], ...context },
  });
}

/** A bare stack in an app that skips bundling. */
export function testStack(): Stack {
  return new Stack(appWithoutBundling(), 'Test');
}

/** Every IAM policy statement of a synthesized template. */
export function policyStatements(template: { findResources(type: string): Record<string, unknown> }) {
  const policies = template.findResources('AWS::IAM::Policy') as Record<
    string,
    { Properties: { PolicyDocument: { Statement: Array<{ Action: string | string[]; Resource: unknown }> } } }
  >;
  return Object.values(policies).flatMap((policy) => policy.Properties.PolicyDocument.Statement);
}
