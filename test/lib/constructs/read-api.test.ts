import { Match, Template } from 'aws-cdk-lib/assertions';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { BorderTensionFunction } from '../../../lib/constructs/border-tension-function';
import { ReadApi } from '../../../lib/constructs/read-api';
import { FIXTURE_ENTRY, testStack } from '../stack-fixtures';

function synth(withConsumer = false) {
  const stack = testStack();
  const handler = new BorderTensionFunction(stack, 'Reader', {
    entry: FIXTURE_ENTRY,
    description: 'read api',
    memoryMiB: 512,
    timeoutSeconds: 10,
    serviceName: 'test',
  });
  const api = new ReadApi(stack, 'ReadApi', {
    handler: handler.function,
    throttleRateLimit: 20,
    throttleBurstLimit: 40,
  });
  if (withConsumer) {
    api.grantRead(new Role(stack, 'Consumer', { assumedBy: new ServicePrincipal('ec2.amazonaws.com') }));
  }
  return { stack, api, template: Template.fromStack(stack) };
}

describe('ReadApi', () => {
  it('is an HTTP API whose every route, $default included, requires IAM (SigV4) authorisation', () => {
    const { template } = synth();
    template.resourceCountIs('AWS::ApiGatewayV2::Api', 1);
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { ProtocolType: 'HTTP' });
    const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route'));
    expect(routes.map((route) => route.Properties.RouteKey)).toContain('$default');
    for (const route of routes) expect(route.Properties.AuthorizationType).toBe('AWS_IAM');
  });

  it('throttles the stage and writes JSON access logs to a retained log group', () => {
    const { stack, api, template } = synth();
    const logsId = stack.getLogicalId(api.accessLogs.node.defaultChild as never);
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 },
      AccessLogSettings: { DestinationArn: { 'Fn::GetAtt': [logsId, 'Arn'] }, Format: Match.anyValue() },
    });
    const stage = Object.values(template.findResources('AWS::ApiGatewayV2::Stage'))[0];
    const format = JSON.parse(stage?.Properties.AccessLogSettings.Format);
    expect(format).toMatchObject({ requestId: '$context.requestId', status: '$context.status' });
    template.hasResource('AWS::Logs::LogGroup', {
      Properties: { RetentionInDays: 30 },
      DeletionPolicy: 'Retain',
    });
  });

  it('integrates the Lambda with payload format 2.0', () => {
    synth().template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      PayloadFormatVersion: '2.0',
    });
  });

  it('grants downstream roles GET on this API only', () => {
    expect(
      synth().template.findResources('AWS::IAM::Policy', {
        Properties: { PolicyName: Match.stringLikeRegexp('^Consumer') },
      }),
    ).toEqual({});
    const { stack, api, template } = synth(true);
    const apiId = stack.getLogicalId(api.api.node.defaultChild as never);
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyName: Match.stringLikeRegexp('^Consumer'),
      PolicyDocument: {
        Statement: [
          {
            Action: 'execute-api:Invoke',
            Resource: { 'Fn::Join': ['', Match.arrayWith([{ Ref: apiId }, '/$default/GET/*'])] },
          },
        ],
      },
    });
  });
});
