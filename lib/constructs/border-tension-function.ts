import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, LoggingFormat, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { LAMBDA_BUNDLE_SETTINGS } from './lambda-bundle-settings';

export interface BorderTensionFunctionProps {
  /** Absolute path of the TypeScript entry file exporting `handler`. */
  readonly entry: string;
  /** What the function does, shown in the Lambda console. */
  readonly description: string;
  readonly memoryMiB: number;
  readonly timeoutSeconds: number;
  /** Powertools service name (POWERTOOLS_SERVICE_NAME); also the `service` metric dimension. */
  readonly serviceName: string;
  /** Powertools metrics namespace. @default 'BorderTension' */
  readonly metricsNamespace?: string;
  /** Powertools log level. @default 'INFO' */
  readonly logLevel?: string;
  /** Days the function's log group keeps events. @default RetentionDays.ONE_MONTH */
  readonly logRetention?: RetentionDays;
  /** Delete the log group with the stack (dev stages). @default false */
  readonly destroyLogsOnDelete?: boolean;
  /** Extra environment variables (table name, queue URLs, settings). @default {} */
  readonly environment?: Record<string, string>;
  /** Compile-time constants for esbuild (e.g. the sources list baked into the dispatcher). @default {} */
  readonly define?: Record<string, string>;
  /**
   * Bundle the AWS SDK v3 into the function instead of using the runtime's copy.
   * Bundled starts faster (see docs/deployment.md) and pins the version we test against.
   * @default true
   */
  readonly bundleAwsSdk?: boolean;
  /**
   * Map stack traces back to the TypeScript sources at runtime (NODE_OPTIONS=--enable-source-maps).
   * Costs about 30 ms of CPU per cold start with our bundle sizes (docs/deployment.md).
   * @default true
   */
  readonly sourceMapStackTraces?: boolean;
}

/**
 * A Node.js Lambda with the project's defaults baked in: newest runtime, arm64, minified tree-shaken
 * bundle with source maps, its own log group with retention and an explicit role that can only
 * write to that log group (no AWSLambdaBasicExecutionRole managed policy). Grant everything else.
 */
export class BorderTensionFunction extends Construct {
  readonly function: NodejsFunction;
  readonly logGroup: LogGroup;
  readonly role: Role;

  constructor(scope: Construct, id: string, props: BorderTensionFunctionProps) {
    super(scope, id);
    this.logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      removalPolicy: props.destroyLogsOnDelete ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
    });
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of ${props.description}`,
    });
    this.logGroup.grantWrite(this.role);

    const bundleAwsSdk = props.bundleAwsSdk ?? true;
    this.function = new NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: 'handler',
      description: props.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memoryMiB,
      timeout: Duration.seconds(props.timeoutSeconds),
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: LoggingFormat.JSON,
      environment: {
        POWERTOOLS_SERVICE_NAME: props.serviceName,
        POWERTOOLS_METRICS_NAMESPACE: props.metricsNamespace ?? 'BorderTension',
        POWERTOOLS_LOG_LEVEL: props.logLevel ?? 'INFO',
        ...((props.sourceMapStackTraces ?? true) && { NODE_OPTIONS: '--enable-source-maps' }),
        ...props.environment,
      },
      bundling: {
        minify: LAMBDA_BUNDLE_SETTINGS.minify,
        sourceMap: true,
        esbuildArgs: { '--tree-shaking': String(LAMBDA_BUNDLE_SETTINGS.treeShaking) },
        format: OutputFormat.CJS, // LAMBDA_BUNDLE_SETTINGS.format, as CDK's enum
        mainFields: [...LAMBDA_BUNDLE_SETTINGS.mainFields],
        externalModules: bundleAwsSdk ? [] : ['@aws-sdk/*'],
        define: props.define ?? {},
        forceDockerBundling: false,
      },
    });
  }
}
