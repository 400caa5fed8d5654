/** Builders for labelled calls: a compact call description -> canonical data -> Call. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Call } from '../../domain/call';
import { canonicalDataSchema, canonicalToCall, parseCanonicalBody } from '../../domain/canonicalEvent';
import { defaultPolicyConfig, type PolicyConfig } from '../../domain/policyConfig';
import { InMemoryDirectory } from '../../domain/records';
import { directoryFromSeed } from '../../integrations/referralrock/seedDirectory';

export const SHARED_DIR = path.join(__dirname, 'shared');

export function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

export function sharedSeed(): Record<string, unknown[]> {
  return readJson(path.join(SHARED_DIR, 'referralrock-seed.json')) as Record<string, unknown[]>;
}

/** The shared demo seed plus the corpus's own records. */
export function corpusSeed(): Record<string, unknown[]> {
  const shared = sharedSeed();
  const extra = readJson(path.join(__dirname, 'corpus-seed.json')) as Record<string, unknown[]>;
  return {
    programs: shared.programs,
    members: [...shared.members, ...(extra.members ?? [])],
    referrals: [...shared.referrals, ...(extra.referrals ?? [])],
  };
}

export function sharedDirectory(): InMemoryDirectory {
  return directoryFromSeed(sharedSeed());
}

export function corpusDirectory(): InMemoryDirectory {
  return directoryFromSeed(corpusSeed());
}

export function loadSharedExample(file: string): Call {
  const r = parseCanonicalBody(readJson(path.join(SHARED_DIR, file)));
  if (!r.ok) throw new Error(`${file}: ${JSON.stringify(r.errors)}`);
  return r.call;
}

export const policy: PolicyConfig = { ...defaultPolicyConfig, programId: 'prog-brightside' };

export interface Expect {
  intent?: string;
  optOut?: boolean;
  optOutScope?: string | null;
  suppress?: boolean;
  suppressReason?: string | null;
  review?: boolean;
  reviewReason?: string;
  matchStatus?: 'matched' | 'ambiguous' | 'new';
  matchId?: string | null;
  creates?: 'none' | 'create_referral' | 'create_member';
  followUpAt?: string | null;
  followUpChannel?: string;
  marker?: string;
  objection?: string | null;
  statusTo?: string | null;
  outcome?: string;
  referrerCode?: string | null;
  referrerName?: string | null;
  sentiment?: string;
  segment?: string | null;
  consent?: string;
  /** Fields an update_* action changes, sorted ([] = no update). */
  updateFields?: string[];
}

export interface CorpusCall {
  id: string;
  /** `train` calls shaped the rules; `holdout` calls were written after and are not tuned on. */
  split: 'train' | 'holdout';
  note?: string;
  from?: string;
  endedAt?: string;
  caller?: Record<string, string | null>;
  attribution?: Record<string, string | null>;
  status?: string;
  /** "A: ..." agent, "C: ..." caller. */
  turns: string[];
  expect: Expect;
}

export function corpusCallToData(c: CorpusCall): Record<string, unknown> {
  const ended = c.endedAt ?? '2026-11-10T17:00:00Z';
  const started = new Date(Date.parse(ended) - 180_000).toISOString().replace('.000', '');
  return {
    call_id: `corpus_${c.id}`.replace(/[^A-Za-z0-9_-]/g, '_'),
    direction: 'inbound',
    status: c.status ?? 'completed',
    started_at: started,
    ended_at: ended,
    duration_seconds: 180,
    from_number: c.from ?? 'anonymous',
    to_number: '+18005550100',
    agent: { id: 'agent_1', name: 'Ava (AI)' },
    caller: c.caller ?? {},
    attribution: c.attribution ?? {},
    consent: { recording: true, marketing: 'unknown' },
    transcript: c.turns.map((t) => {
      const m = t.match(/^([AC]):\s*(.*)$/s);
      if (!m) throw new Error(`${c.id}: turn must start with "A:" or "C:": ${t}`);
      return { speaker: m[1] === 'A' ? 'agent' : 'caller', text: m[2] };
    }),
    summary: null,
    analysis: null,
    links: {
      recording_url: `https://app.dialnexa.example/calls/${c.id}/recording`,
      transcript_url: `https://app.dialnexa.example/calls/${c.id}/transcript`,
      call_url: `https://app.dialnexa.example/calls/${c.id}`,
    },
    metadata: {},
  };
}

export function corpusCall(c: CorpusCall): Call {
  return canonicalToCall(canonicalDataSchema.parse(corpusCallToData(c)));
}
