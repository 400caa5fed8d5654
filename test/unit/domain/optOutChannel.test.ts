/** Rule 8's channel check: which opt-out scopes forbid which channel (domain/optOutChannel.ts). */
import { optOutBlocks, scopesBlocking } from '../../../domain/optOutChannel';

test.each([
  ['all', 'phone', true],
  ['all', 'email', true],
  ['marketing', 'sms', true],
  ['calls', 'phone', true],
  ['calls', 'email', false],
  ['sms', 'sms', true],
  ['sms', 'phone', false],
  ['email', 'email', true],
  ['email', 'sms', false],
  [null, 'phone', false],
] as const)('an opt-out of %s forbids %s: %s', (scope, channel, blocked) => {
  expect(optOutBlocks(scope, channel)).toBe(blocked);
});

test('the scopes that forbid a channel are the ones optOutBlocks accepts', () => {
  expect(scopesBlocking('phone')).toEqual(['all', 'marketing', 'calls']);
  expect(scopesBlocking('email')).toEqual(['all', 'marketing', 'email']);
  for (const channel of ['phone', 'email', 'sms'] as const) for (const scope of scopesBlocking(channel)) expect(optOutBlocks(scope, channel)).toBe(true);
});
