/**
 * Queue message bodies are untrusted input: parse and validate them in one place, with an error
 * that says what was wrong, so a poison message fails alone and its reason is logged.
 */
import * as z from '../../lib/config/zod-mini';

/** A queue message that is not JSON or does not match its schema (a poison message). */
export class InvalidMessageError extends Error {
  override readonly name = 'InvalidMessageError';
}

/**
 * Parse a message body as JSON and validate it; `what` names the message in errors ("article").
 * Any zod 4 schema will do (zod/mini or classic): it is run with the functional `z.safeParse`.
 */
export function parseQueueMessage<S extends z.core.$ZodType>(
  body: string,
  schema: S,
  what: string,
): z.output<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    throw new InvalidMessageError(`${what} message is not JSON: ${(error as Error).message}`);
  }
  const parsed = z.safeParse(schema, raw);
  if (!parsed.success)
    throw new InvalidMessageError(`invalid ${what} message: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
