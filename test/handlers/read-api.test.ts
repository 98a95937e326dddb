/**
 * The read-API Lambda with API Gateway HTTP API (payload 2.0) events, against dynalite through the
 * SDK's standard endpoint variable, responses checked against api/openapi.json.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { createTensionTable } from '../../functions/adapters/store/create-table';
import { DynamoTensionStore } from '../../functions/adapters/store/dynamo-tension-store';
import { LOCAL_AWS, type RunningEmulator, startDynalite } from '../../local/emulators';
import { dayStart, seedStore } from '../core/api/fixtures';
import { contractErrors } from '../core/api/openapi-contract';

type Handler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

let dynalite: RunningEmulator;
let handler: Handler;
const savedEnv = { ...process.env };

beforeAll(async () => {
  dynalite = await startDynalite();
  const client = new DynamoDBClient({ ...LOCAL_AWS, endpoint: dynalite.endpoint });
  await createTensionTable(client, 'read-api');
  // The handler reads "now" from the clock: seed a series that ends today.
  await seedStore(
    new DynamoTensionStore(DynamoDBDocumentClient.from(client), 'read-api'),
    dayStart(new Date()),
  );
  client.destroy();
  Object.assign(process.env, {
    TABLE_NAME: 'read-api',
    AWS_ENDPOINT_URL_DYNAMODB: dynalite.endpoint,
    AWS_REGION: LOCAL_AWS.region,
    AWS_ACCESS_KEY_ID: LOCAL_AWS.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_AWS.credentials.secretAccessKey,
    POWERTOOLS_LOG_LEVEL: 'ERROR',
  });
  // Imported after the environment is set: the module reads it once, as in a Lambda container.
  ({ handler } = require('../../functions/handlers/read-api') as { handler: Handler });
});

afterAll(async () => {
  process.env = savedEnv;
  await dynalite?.stop();
});

function event(
  method: string,
  rawPath: string,
  query: Record<string, string> = {},
  headers: Record<string, string> = {},
): APIGatewayProxyEventV2 {
  const rawQueryString = new URLSearchParams(query).toString();
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString,
    queryStringParameters: Object.keys(query).length ? query : undefined,
    headers: { host: 'api.example.org', ...headers },
    isBase64Encoded: false,
    requestContext: {
      accountId: '123456789012',
      apiId: 'api',
      domainName: 'api.example.org',
      domainPrefix: 'api',
      http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'jest' },
      requestId: 'r1',
      routeKey: '$default',
      stage: '$default',
      time: '18/Sep/2022:15:30:00 +0000',
      timeEpoch: 0,
    },
  };
}

async function call(
  method: string,
  path: string,
  query: Record<string, string> = {},
  headers: Record<string, string> = {},
): Promise<APIGatewayProxyStructuredResultV2> {
  const result = await handler(event(method, path, query, headers));
  if (method === 'GET')
    expect(contractErrors(method, path, result.statusCode!, String(result.body))).toBe('');
  return result;
}

it('serves the ranking from DynamoDB', async () => {
  const result = await call('GET', '/v1/dyads');
  expect(result.statusCode).toBe(200);
  expect(result.headers?.['cache-control']).toBe('public, max-age=60');
  const { items } = JSON.parse(String(result.body));
  expect(items.map((d: { pair: string }) => d.pair)).toEqual(['KGZ-TJK', 'ARM-AZE', 'CHN-IND']);
});

it('passes query parameters and If-None-Match through', async () => {
  // From yesterday: the series' hours up to now are then at least 24, whatever the time of day
  // (from today alone, a run just after midnight UTC finds a single hour).
  // An explicit end too: the default end is the next whole minute, so two calls either side of
  // a minute boundary would rightly get different ETags.
  const today = dayStart(new Date()).getTime();
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const query = { bucket: 'hour', limit: '10', from: day(today - 86_400_000), to: day(today + 86_400_000) };
  const first = await call('GET', '/v1/dyads/KGZ-TJK/series', query);
  expect(first.statusCode).toBe(200);
  const body = JSON.parse(String(first.body));
  expect(body.points).toHaveLength(10);
  expect(body.next).toEqual(expect.any(String));
  const etag = String(first.headers?.etag);
  const again = await call('GET', '/v1/dyads/KGZ-TJK/series', query, { 'if-none-match': etag });
  expect(again.statusCode).toBe(304);
});

it('answers bad input with a 400 naming the parameter', async () => {
  // API Gateway joins a repeated parameter with a comma.
  const result = await call('GET', '/v1/dyads/KGZ-TJK/series', { bucket: 'day,hour' });
  expect(result.statusCode).toBe(400);
  expect(JSON.parse(String(result.body))).toMatchObject({ error: 'bad_request', parameter: 'bucket' });
});

it('answers unknown pairs 404 and writes 405', async () => {
  expect((await call('GET', '/v1/dyads/ESP-FRA')).statusCode).toBe(404);
  expect((await call('DELETE', '/v1/dyads/KGZ-TJK')).statusCode).toBe(405);
});
