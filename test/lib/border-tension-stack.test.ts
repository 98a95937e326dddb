import { Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { BorderTensionStack, runtimeSettings } from '../../lib/border-tension-stack';
import { parseConfig } from '../../lib/config/load-config';
import { appWithoutBundling, FIXTURE_HANDLERS_DIR, policyStatements } from './stack-fixtures';

const PROD = parseConfig({
  stage: 'prod',
  sources: [{ id: 'example-wire', url: 'https://news.example.org/feed.xml' }],
  queues: {
    batchSize: 25,
    articlesBatchSize: 200,
    maxBatchingWindowSeconds: 10,
    maxReceiveCount: 4,
    scorerMaxConcurrency: 3,
  },
  alerts: { emails: ['analyst@example.org'], opsEmails: ['oncall@example.org'], silentPipelineHours: 8 },
  observability: { dashboardDyads: ['KGZ-TJK'], logRetentionDays: 90 },
});

function synth(config = PROD) {
  const app = appWithoutBundling();
  const stack = new BorderTensionStack(app, 'BorderTension-test', {
    config,
    handlersDir: FIXTURE_HANDLERS_DIR,
  });
  return { app, stack, template: Template.fromStack(stack) };
}

type Resource = { Properties: Record<string, never> };
const { stack: PROD_STACK, template: PROD_TEMPLATE } = synth();
const logicalId = (construct: { node: { defaultChild?: unknown } }) =>
  PROD_STACK.getLogicalId(construct.node.defaultChild as never);

function roleStatements(fnName: 'dispatcher' | 'fetcher' | 'scorer' | 'api') {
  const roleId = logicalId(PROD_STACK.functions[fnName].role);
  const policies = PROD_TEMPLATE.findResources('AWS::IAM::Policy', {
    Properties: { Roles: [{ Ref: roleId }] },
  });
  return Object.values(policies).flatMap(
    (policy) =>
      policy.Properties.PolicyDocument.Statement as Array<{ Action: string | string[]; Resource: unknown }>,
  );
}
const actionsOf = (fnName: Parameters<typeof roleStatements>[0]) =>
  roleStatements(fnName).flatMap((statement) => [statement.Action].flat());

describe('BorderTensionStack', () => {
  it('runs four functions, all nodejs24.x on arm64 with the configured sizes', () => {
    PROD_TEMPLATE.resourceCountIs('AWS::Lambda::Function', 4);
    PROD_TEMPLATE.allResourcesProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      Architectures: ['arm64'],
    });
    PROD_TEMPLATE.hasResourceProperties('AWS::Lambda::Function', { MemorySize: 1024, Timeout: 60 });
    PROD_TEMPLATE.hasResourceProperties('AWS::Lambda::Function', { MemorySize: 512, Timeout: 120 });
  });

  it('gives each function the environment of the runtime conventions', () => {
    const environment = (fnName: 'dispatcher' | 'fetcher' | 'scorer' | 'api') => {
      const fn = PROD_TEMPLATE.toJSON().Resources[logicalId(PROD_STACK.functions[fnName].function)];
      return fn.Properties.Environment.Variables as Record<string, unknown>;
    };
    expect(Object.keys(environment('dispatcher'))).toContain('SOURCES_QUEUE_URL');
    expect(Object.keys(environment('fetcher'))).toEqual(
      expect.arrayContaining(['TABLE_NAME', 'ARTICLES_QUEUE_URL']),
    );
    expect(Object.keys(environment('scorer'))).toEqual(
      expect.arrayContaining(['TABLE_NAME', 'ALERTS_TOPIC_ARN']),
    );
    expect(Object.keys(environment('api'))).toContain('TABLE_NAME');
    for (const fnName of ['dispatcher', 'fetcher', 'scorer', 'api'] as const) {
      const variables = environment(fnName);
      expect(variables.POWERTOOLS_SERVICE_NAME).toBe('border-tension-prod');
      expect(variables.POWERTOOLS_METRICS_NAMESPACE).toBe('BorderTension');
      expect(JSON.parse(variables.BORDER_TENSION_SETTINGS as string)).toEqual({
        fetch: PROD.fetch,
        scoring: PROD.scoring,
        queues: { seenTtlDays: PROD.queues.seenTtlDays },
        dyads: { extraPairs: PROD.dyads.extraPairs },
      });
      // Sources are baked into the dispatcher bundle, never in the 4 KB environment.
      expect(variables).not.toHaveProperty('BORDER_TENSION_SOURCES');
    }
    expect(runtimeSettings(PROD).length).toBeLessThan(2048);
  });

  it('consumes both queues with partial batch failure reporting and the configured batching', () => {
    PROD_TEMPLATE.resourceCountIs('AWS::Lambda::EventSourceMapping', 2);
    PROD_TEMPLATE.allResourcesProperties('AWS::Lambda::EventSourceMapping', {
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      MaximumBatchingWindowInSeconds: 10,
    });
    // Sources in small batches; articles in large ones (each dyad is rescored once per batch).
    for (const [fnName, queue, batchSize] of [
      ['fetcher', PROD_STACK.sourcesQueue, 25],
      ['scorer', PROD_STACK.articlesQueue, 200],
    ] as const) {
      PROD_TEMPLATE.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        FunctionName: { Ref: logicalId(PROD_STACK.functions[fnName].function) },
        EventSourceArn: { 'Fn::GetAtt': [logicalId(queue.queue), 'Arn'] },
        BatchSize: batchSize,
      });
    }
    // Few scorer containers (each keeps the events it read); the fetchers are not capped.
    PROD_TEMPLATE.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: logicalId(PROD_STACK.functions.scorer.function) },
      ScalingConfig: { MaximumConcurrency: 3 },
    });
    PROD_TEMPLATE.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: logicalId(PROD_STACK.functions.fetcher.function) },
      ScalingConfig: Match.absent(),
    });
  });

  it("redrives both work queues to their DLQs and keeps visibility at least 6x the consumer's timeout", () => {
    const queues = PROD_TEMPLATE.toJSON().Resources as Record<string, Resource>;
    for (const [fnName, queue] of [
      ['fetcher', PROD_STACK.sourcesQueue],
      ['scorer', PROD_STACK.articlesQueue],
    ] as const) {
      const properties = queues[logicalId(queue.queue)]?.Properties as Record<string, unknown>;
      expect(properties.RedrivePolicy).toEqual({
        deadLetterTargetArn: { 'Fn::GetAtt': [logicalId(queue.deadLetterQueue), 'Arn'] },
        maxReceiveCount: 4,
      });
      expect(properties.VisibilityTimeout).toBeGreaterThanOrEqual(6 * PROD.functions[fnName].timeoutSeconds);
    }
  });

  it('encrypts every queue and topic', () => {
    for (const queue of Object.values(PROD_TEMPLATE.findResources('AWS::SQS::Queue'))) {
      expect(queue.Properties.SqsManagedSseEnabled ?? queue.Properties.KmsMasterKeyId).toBeTruthy();
    }
    for (const topic of Object.values(PROD_TEMPLATE.findResources('AWS::SNS::Topic'))) {
      expect(topic.Properties.KmsMasterKeyId).toBeDefined();
    }
  });

  it('grants each function only what its job needs, with no wildcard action or resource', () => {
    expect(actionsOf('dispatcher').filter((action) => !action.startsWith('logs:'))).toEqual(
      expect.arrayContaining(['sqs:SendMessage']),
    );
    expect(actionsOf('dispatcher').some((action) => action.startsWith('dynamodb:'))).toBe(false);
    expect(actionsOf('api')).not.toContain('dynamodb:PutItem');
    expect(actionsOf('api')).toContain('dynamodb:Query');
    expect(actionsOf('api').some((action) => action.startsWith('sqs:') || action.startsWith('sns:'))).toBe(
      false,
    );
    expect(actionsOf('fetcher')).toEqual(expect.arrayContaining(['dynamodb:PutItem', 'sqs:SendMessage']));
    expect(actionsOf('fetcher')).not.toContain('sns:Publish');
    expect(actionsOf('scorer')).toEqual(
      // BatchGetItem: the texts of the events its points show as evidence.
      expect.arrayContaining([
        'dynamodb:UpdateItem',
        'dynamodb:BatchGetItem',
        'sns:Publish',
        'kms:GenerateDataKey',
      ]),
    );
    for (const statement of policyStatements(PROD_TEMPLATE)) {
      for (const action of [statement.Action].flat()) expect(action).not.toContain('*');
      expect(statement.Resource).not.toBe('*');
    }
    PROD_TEMPLATE.allResourcesProperties('AWS::IAM::Role', { ManagedPolicyArns: Match.absent() });
  });

  it('schedules the dispatcher at the configured rate and serves the read API with IAM on every route', () => {
    PROD_TEMPLATE.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'rate(15 minutes)',
      Target: {
        Arn: { 'Fn::GetAtt': [logicalId(PROD_STACK.functions.dispatcher.function), 'Arn'] },
        DeadLetterConfig: Match.objectLike({}),
      },
    });
    PROD_TEMPLATE.allResourcesProperties('AWS::ApiGatewayV2::Route', { AuthorizationType: 'AWS_IAM' });
  });

  it('retains the table with deletion protection outside dev, and lets dev be torn down', () => {
    PROD_TEMPLATE.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      Properties: { Replicas: [Match.objectLike({ DeletionProtectionEnabled: true })] },
    });
    const dev = synth(parseConfig({})).template;
    dev.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Delete',
      Properties: {
        Replicas: [
          Match.objectLike({
            DeletionProtectionEnabled: false,
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          }),
        ],
      },
    });
  });

  it('alarms to the ops topic on the silent pipeline, errors of every function, DLQ depth and queue age', () => {
    const opsId = logicalId(PROD_STACK.ops.topic);
    const alarms = Object.values(PROD_TEMPLATE.findResources('AWS::CloudWatch::Alarm'));
    // 1 silent pipeline + 4 function errors + 3 DLQs (sources, articles, schedule) + 2 queue ages
    expect(alarms).toHaveLength(10);
    for (const alarm of alarms) expect(alarm.Properties.AlarmActions).toEqual([{ Ref: opsId }]);
    PROD_TEMPLATE.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ArticlesScored',
      EvaluationPeriods: 8,
      TreatMissingData: 'breaching',
    });
    PROD_TEMPLATE.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'oncall@example.org',
      TopicArn: { Ref: opsId },
    });
  });

  it.each([
    ['prod', PROD],
    ['dev defaults', parseConfig({})],
  ])('passes cdk-nag AwsSolutions with no unacknowledged finding (%s)', (_label, config) => {
    const app = appWithoutBundling();
    new BorderTensionStack(app, 'BorderTension-nag', { config, handlersDir: FIXTURE_HANDLERS_DIR });
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    expect(() => app.synth()).not.toThrow();
  });
});
