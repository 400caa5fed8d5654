/**
 * Every write into ReferralRock, each with its "already applied?" check, so a retried activity or a
 * replayed call never writes twice even though ReferralRock's creates are not idempotent:
 * - creates carry externalIdentifier `dialnexa:<callId>` and are looked up by it first;
 * - notes and updates carry a marker `[dialnexa:<callId>#<n>]` and are skipped when the record
 *   already holds it (the update and its note go in one request, so they land together).
 * Errors become Temporal failures: throttling waits as long as ReferralRock asked, 4xx never retry.
 */
import { ApplicationFailure } from '@temporalio/activity';
import type { z } from 'zod';
import { actionSchema, type Action, type FieldChange, type RecordRef } from '../domain/plan';
import {
  newMemberSchema,
  newReferralSchema,
  updateMemberSchema,
  updateReferralSchema,
  type Member,
  type ReferralRockClient,
} from '../integrations/referralrock';
import { withFailureMapping } from './referralRockFailures';
import { FailureType } from '../workflows/failures';
import type { FollowUpInput, WriteRecord } from '../workflows/definitions';
import { appendEntry, hasMarker } from './noteSlot';

export interface ReferralRockActivityDeps {
  client: ReferralRockClient;
  /** Member custom text slot that holds call notes (members have no note field). */
  memberNoteSlot: 'customText1Value' | 'customText2Value';
  /** Add an opted-out caller's email to ReferralRock's block list. */
  unsubscribeEmail: boolean;
  /** Program new members join. */
  programId: string | null;
}

export interface ApplyActionInput {
  callId: string;
  index: number;
  action: Action;
  summary: string;
  links: { transcript: string | null; recording: string | null; call: string | null };
}

/** How much of a member's note slot we keep: the newest entries win. */
const MEMBER_NOTE_MAX_CHARS = 2000;

export function externalIdForCall(callId: string): string {
  return `dialnexa:${callId}`;
}

export function noteMarker(callId: string, index: number | string): string {
  return `[dialnexa:${callId}#${index}]`;
}

export function createReferralRockActivities(deps: ReferralRockActivityDeps) {
  const { client } = deps;

  async function applyAction(input: ApplyActionInput): Promise<WriteRecord> {
    const parsed = actionSchema.safeParse(input.action);
    if (!parsed.success) {
      throw ApplicationFailure.nonRetryable(`invalid action #${input.index}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, FailureType.InvalidAction);
    }
    const action = parsed.data;
    const marker = noteMarker(input.callId, input.index);
    const record = (outcome: WriteRecord['outcome'], recordId: string | null, detail: string): WriteRecord => ({
      index: input.index,
      type: action.type,
      outcome,
      recordId,
      detail,
    });
    return withFailureMapping(async () => {
      switch (action.type) {
        case 'create_referral': {
          const externalIdentifier = stringField(action.fields.externalIdentifier) ?? externalIdForCall(input.callId);
          const existing = await client.findReferrals(externalIdentifier);
          if (existing.length > 0) return record('already_applied', existing[0].id, `referral ${externalIdentifier} exists`);
          // Another call from the same person may have created them since this call's decision
          // (the identity lock orders the two): `query` matches an email exactly.
          const email = stringField(action.fields.email);
          const sameEmail = email ? await client.findReferrals(email) : [];
          if (sameEmail.length > 0) return record('already_applied', sameEmail[0].id, `referral ${sameEmail[0].id} with this email was created since the decision`);
          const body = pickKnown(newReferralSchema, { ...action.fields, externalIdentifier });
          const created = await client.createReferral(body);
          return record('applied', created.referral.id, `created referral ${created.referral.id}`);
        }
        case 'create_member': {
          const externalIdentifier = stringField(action.fields.externalIdentifier) ?? externalIdForCall(input.callId);
          const existing = await client.findMembers(externalIdentifier);
          if (existing.length > 0) return record('already_applied', existing[0].id, `member ${externalIdentifier} exists`);
          const email = stringField(action.fields.email);
          const sameEmail = email ? await client.findMembers(email) : [];
          if (sameEmail.length > 0) return record('already_applied', sameEmail[0].id, `member ${sameEmail[0].id} with this email was created since the decision`);
          const body = pickKnown(newMemberSchema, { programId: deps.programId, ...action.fields, externalIdentifier });
          const created = await client.createMember(body, { shouldSendEmail: false });
          return record('applied', created.member.id, `created member ${created.member.id}`);
        }
        case 'update_referral':
        case 'update_member': {
          const text = `Updated from call: ${action.changes.map(describeChange).join('; ')}. ${linksLine(input.links)}`;
          const outcome = await writeToRecord(action.target, marker, text, action.changes);
          return record(outcome, action.target.id, `${action.changes.length} field(s)`);
        }
        case 'add_note': {
          // The plan's note already carries the call id and the transcript and recording links (rule 9).
          const outcome = await writeToRecord(action.target, marker, action.text, []);
          return record(outcome, action.target.id, 'note');
        }
        case 'suppress': {
          const parts: string[] = [];
          if (action.stopFutureOutreach && action.email && deps.unsubscribeEmail) {
            // The block list is a set: adding the same address twice is harmless.
            await client.unsubscribeEmail(action.email);
            parts.push('email added to the block list');
          }
          if (!action.target) {
            parts.push('no ReferralRock record: kept in the service\'s own call record');
            return record('applied', null, parts.join('; '));
          }
          const text = `Suppressed (${action.reason}): ${action.stopFutureOutreach ? 'stop all future outreach' : 'pause promotions'}. ${input.summary}`;
          const outcome = await writeToRecord(action.target, marker, text, []);
          parts.push('suppression note');
          return record(outcome, action.target.id, parts.join('; '));
        }
        case 'schedule_follow_up':
          throw ApplicationFailure.nonRetryable('schedule_follow_up is carried out by the followUp workflow', FailureType.InvalidAction);
      }
    });
  }

  /**
   * Writes a marked note (and any field changes) to a record in one request, unless the record
   * already carries the marker. Returns whether it wrote.
   */
  async function writeToRecord(target: RecordRef, marker: string, text: string, changes: FieldChange[]): Promise<'applied' | 'already_applied'> {
    const entry = `${marker} ${new Date().toISOString().slice(0, 10)} ${text}`;
    if (target.type === 'referral') {
      const current = await client.getReferral({ referralId: target.id });
      if (!current) throw ApplicationFailure.nonRetryable(`referral ${target.id} not found`, FailureType.ReferralRockItemFailed);
      if (hasMarker(current.note, marker)) return 'already_applied';
      const body = pickKnown(updateReferralSchema, { ...fieldValues(changes, 'referral'), note: appendEntry(current.note, entry) });
      await client.updateReferral({ primaryInfo: { referralId: target.id } }, body);
      return 'applied';
    }
    const [current] = await client.findMembers(target.id);
    if (!current || current.id !== target.id) throw ApplicationFailure.nonRetryable(`member ${target.id} not found`, FailureType.ReferralRockItemFailed);
    const slot = memberSlotValue(current, deps.memberNoteSlot);
    if (hasMarker(slot, marker)) return 'already_applied';
    const body = pickKnown(updateMemberSchema, {
      ...fieldValues(changes, 'member'),
      [deps.memberNoteSlot]: appendEntry(slot, entry, MEMBER_NOTE_MAX_CHARS),
    });
    await client.updateMember({ primaryInfo: { memberId: target.id } }, body);
    return 'applied';
  }

  async function writeFollowUpReminder(input: FollowUpInput): Promise<string> {
    const when = input.timezone ? `${input.at} (${input.timezone})` : input.at;
    const text = `Follow-up due ${when} by ${input.channel}${input.owner ? `, owner ${input.owner}` : ''}: ${input.promise ?? input.summary} ${linksLine(input.links)}`;
    if (!input.target) return 'no ReferralRock record to write the reminder to; owner notified';
    const outcome = await withFailureMapping(() => writeToRecord(input.target!, noteMarker(input.callId, `followup-${input.actionIndex}`), text, []));
    return `reminder ${outcome} on ${input.target.type} ${input.target.id}`;
  }

  return { applyAction, writeFollowUpReminder };
}

function describeChange(c: FieldChange): string {
  return `${c.field}: ${JSON.stringify(c.from ?? null)} -> ${JSON.stringify(c.to ?? null)} (${c.reason})`;
}

/** Plan field names -> ReferralRock's own, per record type; fields with no ReferralRock home stay in the note. */
const FIELD_NAMES: Record<'member' | 'referral', Record<string, string>> = {
  member: { email: 'email', phone: 'phone', firstName: 'firstName', lastName: 'lastName', externalIdentifier: 'externalIdentifier' },
  referral: {
    email: 'email',
    phone: 'phoneNumber',
    phoneNumber: 'phoneNumber',
    firstName: 'firstName',
    lastName: 'lastName',
    company: 'companyName',
    companyName: 'companyName',
    preferredContact: 'preferredContact',
    status: 'status',
    amount: 'amount',
  },
};

function fieldValues(changes: FieldChange[], type: 'member' | 'referral'): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of changes) {
    const name = FIELD_NAMES[type][c.field];
    if (name && c.to !== null && c.to !== undefined) out[name] = c.to;
  }
  return out;
}

/** Keeps only the fields the request schema knows (the plan may carry more), then validates. */
function pickKnown<S extends z.ZodObject>(schema: S, fields: Record<string, unknown>): z.output<S> {
  const known = Object.fromEntries(Object.entries(fields).filter(([k, v]) => k in schema.shape && v !== null && v !== undefined));
  const result = schema.safeParse(known);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw ApplicationFailure.nonRetryable(`ReferralRock request not valid: ${issues}`, FailureType.InvalidAction);
  }
  return result.data;
}

function stringField(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

function memberSlotValue(member: Member, slot: 'customText1Value' | 'customText2Value'): string {
  const v = (member as Record<string, unknown>)[slot];
  return typeof v === 'string' ? v : '';
}

function linksLine(links: ApplyActionInput['links']): string {
  const parts = [links.transcript && `Transcript: ${links.transcript}`, links.recording && `Recording: ${links.recording}`].filter(Boolean);
  return parts.join(' ');
}
