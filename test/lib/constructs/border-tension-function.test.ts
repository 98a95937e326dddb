import { Template } from 'aws-cdk-lib/assertions';
import { Runtime } from 'aws-cdk-lib/aws-lambda';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BorderTensionFunction } from '../../../lib/constructs/border-tension-function';
import { FIXTURE_ENTRY, policyStatements, testStack } from '../stack-fixtures';

function synth(extra: Partial<ConstructorParameters<typeof BorderTensionFunction>[2]> = {}) {
  const stack = testStack();
  const fn = new BorderTensionFunction(stack, 'Worker', {
    entry: FIXTURE_ENTRY,
    description: 'test worker',
    memoryMiB: 768,
    timeoutSeconds: 42,
    serviceName: 'border-tension-test',
    metricsNamespace: 'BorderTensionTest',
    logLevel: 'DEBUG',
    logRetention: RetentionDays.TWO_WEEKS,
    environment: { TABLE_NAME: 'tension' },
    ...extra,
  });
  return { fn, template: Template.fromStack(stack) };
}

describe('BorderTensionFunction', () => {
  it('runs on the newest Node.js runtime the CDK knows, on arm64, with the configured size', () => {
    expect(Runtime.NODEJS_24_X.name).toBe('nodejs24.x');
    const { template } = synth();
    template.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
      MemorySize: 768,
      Timeout: 42,
      Handler: 'index.handler',
    });
  });

  it('sets the Powertools environment, source maps and the caller environment', () => {
    const { template } = synth();
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: {
          POWERTOOLS_SERVICE_NAME: 'border-tension-test',
          POWERTOOLS_METRICS_NAMESPACE: 'BorderTensionTest',
          POWERTOOLS_LOG_LEVEL: 'DEBUG',
          NODE_OPTIONS: '--enable-source-maps',
          TABLE_NAME: 'tension',
        },
      },
    });
  });

  it('can leave runtime source-map support off', () => {
    const { template } = synth({ sourceMapStackTraces: false });
    const fn = Object.values(template.findResources('AWS::Lambda::Function'))[0];
    expect(fn?.Properties.Environment.Variables).not.toHaveProperty('NODE_OPTIONS');
    expect(fn?.Properties.Environment.Variables.POWERTOOLS_SERVICE_NAME).toBe('border-tension-test');
  });

  it('logs to its own log group with retention, retained unless asked otherwise', () => {
    const { template } = synth();
    template.hasResource('AWS::Logs::LogGroup', {
      Properties: { RetentionInDays: 14 },
      DeletionPolicy: 'Retain',
    });
    const logGroupId = Object.keys(template.findResources('AWS::Logs::LogGroup'))[0];
    template.hasResourceProperties('AWS::Lambda::Function', {
      LoggingConfig: { LogGroup: { Ref: logGroupId }, LogFormat: 'JSON' },
    });
    synth({ destroyLogsOnDelete: true }).template.hasResource('AWS::Logs::LogGroup', {
      DeletionPolicy: 'Delete',
    });
  });

  it('has an explicit role with no managed policy, allowed only to write its own logs', () => {
    const { template } = synth();
    template.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [{ Action: 'sts:AssumeRole', Principal: { Service: 'lambda.amazonaws.com' } }],
      },
    });
    const role = Object.values(template.findResources('AWS::IAM::Role'))[0] as { Properties: object };
    expect(role.Properties).not.toHaveProperty('ManagedPolicyArns');
    const statements = policyStatements(template);
    expect(statements).toHaveLength(1);
    expect(statements[0]?.Action).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents']);
    const logGroupId = Object.keys(template.findResources('AWS::Logs::LogGroup'))[0];
    expect(statements[0]?.Resource).toEqual({ 'Fn::GetAtt': [logGroupId, 'Arn'] });
  });

  it('refuses an entry file that does not exist', () => {
    expect(() => synth({ entry: '/nonexistent/handler.ts' })).toThrow(/nonexistent/);
  });
});
