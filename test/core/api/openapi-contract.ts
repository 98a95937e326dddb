/**
 * Test support: validate real API responses against api/openapi.json with ajv (JSON Schema 2020-12,
 * the dialect of OpenAPI 3.1). Looks the operation up by method and concrete path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';

interface MediaType {
  schema?: { $ref?: string };
}
interface ResponseObject {
  $ref?: string;
  content?: Record<string, MediaType>;
}
interface Operation {
  responses: Record<string, ResponseObject>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, Operation | unknown>>;
  components: { responses: Record<string, ResponseObject>; schemas: Record<string, unknown> };
}

export const OPENAPI_PATH = join(__dirname, '..', '..', '..', 'api', 'openapi.json');
export const openapi = JSON.parse(readFileSync(OPENAPI_PATH, 'utf8')) as OpenApiDocument;

const DOCUMENT_ID = 'https://border-tension.invalid/openapi.json';
const ajv = new Ajv2020({ strict: true, allErrors: true });
// OpenAPI keywords around the schemas are not JSON Schema; declare them so strict mode accepts them.
for (const keyword of ['openapi', 'info', 'servers', 'paths', 'components', 'jsonSchemaDialect']) {
  ajv.addKeyword(keyword);
}
ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
ajv.addSchema({ ...openapi, $id: DOCUMENT_ID });

/** The OpenAPI path template matching a concrete path, e.g. /v1/dyads/KGZ-TJK → /v1/dyads/{pair}. */
export function templateFor(path: string): string | undefined {
  return Object.keys(openapi.paths).find((template) =>
    new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path),
  );
}

/**
 * Validate a response against the documented one for its path and status; returns error text
 * (empty when valid). Undocumented statuses and operations are errors too.
 */
export function contractErrors(method: string, path: string, status: number, body: string): string {
  const template = templateFor(path);
  if (!template) return `no path in the contract matches ${path}`;
  const operation = openapi.paths[template]?.[method.toLowerCase()] as Operation | undefined;
  if (!operation) return `${method} ${template} is not in the contract`;
  let response = operation.responses[String(status)];
  if (!response) return `${method} ${template} does not document status ${status}`;
  if (response.$ref) response = openapi.components.responses[response.$ref.split('/').pop() ?? ''];
  const ref = response?.content?.['application/json']?.schema?.$ref;
  if (!ref) return body === '' ? '' : `status ${status} documents no body but one was sent`;
  const validate = ajv.getSchema(`${DOCUMENT_ID}${ref}`);
  if (!validate) return `schema ${ref} not found`;
  if (validate(JSON.parse(body))) return '';
  return ajv.errorsText(validate.errors, { separator: '\n' });
}
