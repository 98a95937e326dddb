/**
 * Lambda behind the HTTP API (payload format 2.0): translates the event into the pure
 * handleApiRequest call, the same code the local server runs.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { tensionStore } from '../commons/dynamodb';
import { logger } from '../commons/powertools';
import { type ApiRequest, handleApiRequest } from '../core/api';

/** API Gateway joins a repeated query parameter with commas; it stays one value (and is validated). */
function toApiRequest(event: APIGatewayProxyEventV2): ApiRequest {
  return {
    method: event.requestContext.http.method,
    path: event.rawPath,
    query: event.queryStringParameters ?? {},
    headers: event.headers ?? {},
  };
}

export async function handler(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> {
  const request = toApiRequest(event);
  const response = await handleApiRequest(request, {
    store: tensionStore(),
    onError: (error) =>
      logger.error('read API request failed', { path: request.path, error: error as Error }),
  });
  logger.debug('read API request', { method: request.method, path: request.path, status: response.status });
  return { statusCode: response.status, headers: response.headers, body: response.body };
}
