import { Duration } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { BorderTensionFunction } from '../../../lib/constructs/border-tension-function';
import { PIPELINE_METRICS, PipelineMonitoring } from '../../../lib/constructs/pipeline-monitoring';
import { QueueWithDeadLetter } from '../../../lib/constructs/queue-with-dead-letter';
import { FIXTURE_ENTRY, testStack } from '../stack-fixtures';

function synth(props: Partial<ConstructorParameters<typeof PipelineMonitoring>[2]> = {}) {
  const stack = testStack();
  const ops = new Topic(stack, 'Ops');
  const scorer = new BorderTensionFunction(stack, 'Scorer', {
    entry: FIXTURE_ENTRY,
    description: 'scorer',
    memoryMiB: 1024,
    timeoutSeconds: 60,
    serviceName: 'border-tension-test',
  });
  const articles = new QueueWithDeadLetter(stack, 'Articles', { consumerTimeout: Duration.seconds(60) });
  const monitoring = new PipelineMonitoring(stack, 'Monitoring', {
    opsTopic: ops,
    serviceName: 'border-tension-test',
    metricsNamespace: 'BorderTensionTest',
    functions: [{ label: 'scorer', function: scorer.function }],
    queues: [{ label: 'articles', queue: articles.queue, deadLetterQueue: articles.deadLetterQueue }],
    dashboardDyads: ['KGZ-TJK', 'ARM-AZE'],
    ...props,
  });
  const ids = {
    ops: stack.getLogicalId(ops.node.defaultChild as never),
    scorer: stack.getLogicalId(scorer.function.node.defaultChild as never),
    queue: stack.getLogicalId(articles.queue.node.defaultChild as never),
    dlq: stack.getLogicalId(articles.deadLetterQueue.node.defaultChild as never),
  };
  return { monitoring, ids, template: Template.fromStack(stack) };
}

describe('PipelineMonitoring', () => {
  it('alarms on a silent pipeline: no ArticlesScored for N hours, missing data counts as silence', () => {
    const { ids, template } = synth({ silentPipelineHours: 4 });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'BorderTensionTest',
      MetricName: PIPELINE_METRICS.articlesScored,
      Dimensions: [{ Name: 'service', Value: 'border-tension-test' }],
      Statistic: 'Sum',
      Period: 3600,
      EvaluationPeriods: 4,
      Threshold: 1,
      ComparisonOperator: 'LessThanThreshold',
      TreatMissingData: 'breaching',
      AlarmActions: [{ Ref: ids.ops }],
      OKActions: [{ Ref: ids.ops }],
    });
  });

  it('alarms on dead-letter depth, consumer errors and queue age, all notifying the ops topic', () => {
    const { ids, template } = synth({
      dlqDepthThreshold: 2,
      errorThreshold: 3,
      maxQueueAge: Duration.minutes(30),
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [ids.dlq, 'QueueName'] } }],
      Threshold: 2,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      AlarmActions: [{ Ref: ids.ops }],
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/Lambda',
      MetricName: 'Errors',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: ids.scorer } }],
      Threshold: 3,
      AlarmActions: [{ Ref: ids.ops }],
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateAgeOfOldestMessage',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [ids.queue, 'QueueName'] } }],
      Threshold: 1800,
      ComparisonOperator: 'GreaterThanThreshold',
      AlarmActions: [{ Ref: ids.ops }],
    });
    template.resourceCountIs('AWS::CloudWatch::Alarm', 4);
    for (const alarm of Object.values(template.findResources('AWS::CloudWatch::Alarm'))) {
      expect(alarm.Properties.AlarmActions).toEqual([{ Ref: ids.ops }]);
      expect(alarm.Properties.AlarmDescription).toEqual(expect.any(String));
    }
  });

  it('draws a dashboard with throughput, events, watched dyads, errors, DLQ depth and queue age', () => {
    const { monitoring, template } = synth();
    template.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
    const dashboard = Object.values(template.findResources('AWS::CloudWatch::Dashboard'))[0];
    const body = JSON.stringify(dashboard?.Properties.DashboardBody);
    for (const expected of [
      PIPELINE_METRICS.articlesFetched,
      PIPELINE_METRICS.articlesScored,
      PIPELINE_METRICS.eventsExtracted,
      PIPELINE_METRICS.dyadTension,
      'KGZ-TJK',
      'ARM-AZE',
      'Errors',
      'ApproximateNumberOfMessagesVisible',
      'ApproximateAgeOfOldestMessage',
    ]) {
      expect(body).toContain(expected);
    }
    expect(monitoring.alarms).toHaveLength(4);
    template.hasResourceProperties('AWS::CloudWatch::Dashboard', { DashboardBody: Match.anyValue() });
  });

  it('leaves the dyad graph out when no dyad is watched', () => {
    const dashboard = Object.values(
      synth({ dashboardDyads: [] }).template.findResources('AWS::CloudWatch::Dashboard'),
    )[0];
    expect(JSON.stringify(dashboard?.Properties.DashboardBody)).not.toContain(PIPELINE_METRICS.dyadTension);
  });
});
