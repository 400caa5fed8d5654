/** The review queue narrowed, sorted and paged as a reviewer asks (services/review/queueFilter.ts). */
import { applyQueueFilter, parseQueueFilter } from '../../services/review/queueFilter';
import type { PendingCall } from '../../services/review/reviewService';

const now = new Date('2026-12-02T12:00:00Z');
const row = (callId: string, over: Partial<PendingCall> = {}): PendingCall => ({
  callId, workflowId: `call-${callId}`, runId: 'r', reviewStatus: 'pending', reviewId: `${callId}:review`, reasons: ['high_value'], deadlineAt: '2026-12-03T12:00:00Z',
  escalatedAt: null, intent: 'sales_inquiry', matchStatus: 'matched', owner: 'ae-east', claimedBy: null, campaign: 'spring', summary: `${callId} called`, startedAt: '2026-12-01T00:00:00Z', stateError: null, ...over,
});
const all = [
  row('ca', { reasons: ['ambiguous_match'], matchStatus: 'ambiguous', deadlineAt: '2026-12-02T10:00:00Z', startedAt: '2026-11-30T00:00:00Z' }),
  row('b', { summary: 'Pat Morgan from Quarry asked about pricing', owner: 'ae-west', startedAt: '2026-12-01T05:00:00Z' }),
  row('c', { summary: 'A complaint about the installer', intent: 'complaint', reasons: ['legal', 'sensitive_request'], deadlineAt: null, campaign: null, startedAt: '2026-12-02T01:00:00Z' }),
];

test('filters combine; the facets count every waiting call', () => {
  const q = (raw: Record<string, string>) => applyQueueFilter(all, parseQueueFilter(raw), now).rows.map((r) => r.callId);
  expect(q({ reason: 'legal' })).toEqual(['c']);
  expect(q({ owner: 'ae-east', intent: 'sales_inquiry' })).toEqual(['ca']);
  expect(q({ overdue: '1' })).toEqual(['ca']);
  expect(q({ q: 'QUARRY' })).toEqual(['b']);
  expect(q({ q: 'installer' })).toEqual(['c']);
  expect(q({ q: 'ca' })).toEqual(['ca']);
  expect(q({ campaign: 'spring', match: 'matched' })).toEqual(['b']);
  const page = applyQueueFilter(all, parseQueueFilter({}), now);
  expect(page.facets.owners).toEqual([['ae-east', 2], ['ae-west', 1]]);
  expect(page.facets.reasons).toEqual([['ambiguous_match', 1], ['high_value', 1], ['legal', 1], ['sensitive_request', 1]]);
});

test('deadline first (none last), or by age; a page at a time', () => {
  const order = (sort: string) => applyQueueFilter(all, parseQueueFilter({ sort }), now).rows.map((r) => r.callId);
  expect(order('deadline')).toEqual(['ca', 'b', 'c']);
  expect(order('newest')).toEqual(['c', 'b', 'ca']);
  expect(order('oldest')).toEqual(['ca', 'b', 'c']);
  const second = applyQueueFilter(all, parseQueueFilter({ pageSize: '2', page: '2' }), now);
  expect([second.rows.map((r) => r.callId), second.total, second.pages]).toEqual([['c'], 3, 2]);
});

test('a malformed filter is refused with the field named', () => {
  expect(() => parseQueueFilter({ sort: 'random' })).toThrow(/sort/);
  expect(() => parseQueueFilter({ page: '0' })).toThrow(/page/);
  expect(() => parseQueueFilter({ pageSize: 'lots' })).toThrow(/pageSize/);
});
