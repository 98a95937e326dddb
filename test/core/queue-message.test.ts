import { InvalidMessageError, parseQueueMessage } from '../../functions/core/queue-message';
import * as z from '../../lib/config/zod-mini';

const Schema = z.object({ id: z.string().check(z.minLength(1)), n: z.int() });

describe('parseQueueMessage', () => {
  it('returns the validated body', () => {
    expect(parseQueueMessage('{"id":"a","n":2}', Schema, 'thing')).toEqual({ id: 'a', n: 2 });
  });

  it.each([
    ['not JSON', '{"id":', /thing message is not JSON/],
    ['a missing field', '{"id":"a"}', /invalid thing message: .*n/s],
    ['a wrong type', '{"id":"","n":1.5}', /invalid thing message: .*id.*n/s],
    ['binary garbage', '\u0000\u0001\uFFFD', /thing message is not JSON/],
  ])('names the problem for %s', (_label, body, message) => {
    expect(() => parseQueueMessage(body, Schema, 'thing')).toThrow(InvalidMessageError);
    expect(() => parseQueueMessage(body, Schema, 'thing')).toThrow(message);
  });

  it('says what was wrong in words, at the field', () => {
    expect(() => parseQueueMessage('{"id":"a","n":1.5}', Schema, 'thing')).toThrow(
      'invalid thing message: ✖ Invalid input: expected int, received number\n  → at n',
    );
  });
});
