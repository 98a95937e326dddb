import { z } from 'zod';
import { InvalidMessageError, parseQueueMessage } from '../../functions/core/queue-message';

const Schema = z.object({ id: z.string().min(1), n: z.number().int() });

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
});
