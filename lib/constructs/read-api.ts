import { RemovalPolicy } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpApi, HttpStage, LogGroupLogDestination } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpIamAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Grant, type IGrantable } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

/** One structured access-log line per request (JSON, so Logs Insights can query the fields). */
const ACCESS_LOG_FIELDS: Record<string, string> = {
  requestId: '$context.requestId',
  requestTime: '$context.requestTime',
  httpMethod: '$context.httpMethod',
  path: '$context.path',
  routeKey: '$context.routeKey',
  status: '$context.status',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  sourceIp: '$context.identity.sourceIp',
  caller: '$context.identity.caller',
  userArn: '$context.identity.userArn',
  authorizerError: '$context.authorizer.error',
};

export interface ReadApiProps {
  /** The Lambda serving every read route (payload format 2.0). */
  readonly handler: IFunction;
  /** Steady-state requests per second across the stage. @default 50 */
  readonly throttleRateLimit?: number;
  /** Burst of requests the stage absorbs above the rate. @default 100 */
  readonly throttleBurstLimit?: number;
  /** Days the access logs are kept. @default RetentionDays.ONE_MONTH */
  readonly logRetention?: RetentionDays;
  /** Delete the access log group with the stack (dev stages). @default false */
  readonly destroyLogsOnDelete?: boolean;
}

/**
 * HTTP API (API Gateway v2) in front of the read Lambda. Every route, the catch-all `$default`
 * included, requires SigV4-signed requests (IAM authorisation): downstream services get access
 * through `grantRead`, not through a shared secret. The stage is throttled and access-logged.
 */
export class ReadApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  readonly accessLogs: LogGroup;

  constructor(scope: Construct, id: string, props: ReadApiProps) {
    super(scope, id);
    this.api = new HttpApi(this, 'Api', {
      description: 'border-tension read API (IAM-signed requests only)',
      defaultIntegration: new HttpLambdaIntegration('Read', props.handler),
      defaultAuthorizer: new HttpIamAuthorizer(),
      createDefaultStage: false,
    });
    this.accessLogs = new LogGroup(this, 'AccessLogs', {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      removalPolicy: props.destroyLogsOnDelete ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
    });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: props.throttleRateLimit ?? 50, burstLimit: props.throttleBurstLimit ?? 100 },
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
    });
  }

  /** Base URL of the API (the `$default` stage). */
  get url(): string {
    return this.api.apiEndpoint;
  }

  /** Let a downstream role or user call GET on any path of this API (signed requests). */
  grantRead(grantee: IGrantable): Grant {
    return Grant.addToPrincipal({
      grantee,
      actions: ['execute-api:Invoke'],
      resourceArns: [this.api.arnForExecuteApi('GET', '/*', '$default')],
    });
  }
}
