import { readFileSync } from 'node:fs';
import path from 'node:path';
import { callSchema } from '../../../domain/call';
import { canonicalDataSchema, canonicalEventSchema, canonicalToCall, normaliseSpeaker, parseCanonicalBody } from '../../../domain/canonicalEvent';

const example = JSON.parse(readFileSync(path.join(__dirname, '../../corpus/shared/01-referral-books-demo.json'), 'utf8')) as { type: string; data: Record<string, unknown> };
const clone = () => JSON.parse(JSON.stringify(example)) as typeof example;

describe('canonical event', () => {
  it('parses the envelope and maps snake_case to the call model', () => {
    const r = parseCanonicalBody(example);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.type).toBe('call.completed');
    expect(r.envelope).toBe(true);
    expect(callSchema.parse(r.call)).toEqual(r.call);
    expect(r.call).toMatchObject({
      callId: 'call_ex_01',
      source: 'canonical',
      direction: 'inbound',
      status: 'completed',
      endedAt: '2026-11-10T17:00:00Z',
      fromNumber: '+13125550117',
      caller: { firstName: 'Mateo', lastName: 'Silva' },
      links: { recordingUrl: 'https://app.dialnexa.example/calls/call_ex_01/recording' },
    });
    expect(r.call.transcript[1]).toEqual(expect.objectContaining({ speaker: 'caller', startMs: 4000, endMs: 7500 }));
  });

  it('accepts the data object alone as a call.completed', () => {
    const r = parseCanonicalBody(example.data);
    expect(r.ok && r.type).toBe('call.completed');
    expect(r.ok && r.envelope).toBe(false);
  });

  it('defaults status to completed and accepts absent optional objects', () => {
    const d = clone().data;
    for (const k of ['status', 'caller', 'attribution', 'consent', 'links', 'agent', 'metadata', 'summary', 'analysis']) delete d[k];
    const r = parseCanonicalBody(d);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.call.status).toBe('completed');
      expect(r.call.caller).toEqual({});
    }
  });

  it('accepts null fields inside optional objects', () => {
    const e = clone();
    e.data.caller = { first_name: null, email: null, timezone: null };
    e.data.attribution = { referral_code: null };
    expect(parseCanonicalBody(e).ok).toBe(true);
  });

  it('maps speaker labels: customer/user are the caller, anything else the agent', () => {
    expect(normaliseSpeaker('customer')).toBe('caller');
    expect(normaliseSpeaker('User')).toBe('caller');
    expect(normaliseSpeaker('caller')).toBe('caller');
    expect(normaliseSpeaker('bot')).toBe('agent');
    expect(normaliseSpeaker('assistant')).toBe('agent');
  });

  it('keeps unknown extra fields in call.extra without rejecting', () => {
    const e = clone() as { type: string; data: Record<string, unknown> } & Record<string, unknown>;
    e.data.crm_hint = { stage: 'warm' };
    (e.data.caller as Record<string, unknown>).pronouns = 'she/her';
    e.extra_top = 1;
    const r = parseCanonicalBody(e);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.call.extra).toEqual({ crm_hint: { stage: 'warm' }, caller: { pronouns: 'she/her' } });
  });

  it.each([
    ['call_id', (d: Record<string, unknown>) => { d.call_id = 'bad id!'; }, 'data.call_id'],
    ['call_id missing', (d: Record<string, unknown>) => { delete d.call_id; }, 'data.call_id'],
    ['call_id too long', (d: Record<string, unknown>) => { d.call_id = 'x'.repeat(129); }, 'data.call_id'],
    ['direction', (d: Record<string, unknown>) => { d.direction = 'sideways'; }, 'data.direction'],
    ['status', (d: Record<string, unknown>) => { d.status = 'ringing'; }, 'data.status'],
    ['ended_at', (d: Record<string, unknown>) => { d.ended_at = 'yesterday'; }, 'data.ended_at'],
    ['transcript missing', (d: Record<string, unknown>) => { delete d.transcript; }, 'data.transcript'],
    ['turn text too long', (d: Record<string, unknown>) => { (d.transcript as Array<Record<string, unknown>>)[0].text = 'x'.repeat(10001); }, 'data.transcript.0.text'],
    ['consent.marketing', (d: Record<string, unknown>) => { d.consent = { marketing: 'maybe' }; }, 'data.consent.marketing'],
  ])('names the path of a bad field: %s', (_name, mutate, p) => {
    const e = clone();
    mutate(e.data);
    const r = parseCanonicalBody(e);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((x) => x.path)).toContain(p);
  });

  it('limits the transcript to 5,000 turns', () => {
    const d = clone().data;
    d.transcript = Array.from({ length: 5001 }, () => ({ speaker: 'caller', text: 'hi' }));
    expect(canonicalDataSchema.safeParse(d).success).toBe(false);
    d.transcript = Array.from({ length: 5000 }, () => ({ speaker: 'caller', text: 'hi' }));
    expect(canonicalDataSchema.safeParse(d).success).toBe(true);
  });

  it('exports the schemas the intake uses', () => {
    expect(canonicalEventSchema.safeParse(example).success).toBe(true);
    const call = canonicalToCall(canonicalDataSchema.parse(example.data));
    expect(call.callId).toBe('call_ex_01');
  });

  it('rejects a non-object body', () => {
    expect(parseCanonicalBody([]).ok).toBe(false);
    expect(parseCanonicalBody('x').ok).toBe(false);
  });
});

describe('parseCanonicalBody envelope detection', () => {
  it('reports a missing data object at its path', () => {
    const r = parseCanonicalBody({ type: 'call.completed', timestamp: '2026-11-10T17:00:00Z' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.path)).toContain('data');
  });
});
