/**
 * Checks the form of a labelled set folder (calls/, expected.json, seed.json) without planning
 * anything: every call parses as a canonical body, every entry names a file that exists, every
 * label field is one `npm run eval` scores. Authors of a sealed set run it on their own folder;
 * it never prints what the engine would decide, so running it does not leak the rules.
 *
 *   npx tsx eval/checkSet.ts <folder>
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseCanonicalBody } from '../domain/canonicalEvent';
import { channelSchema, intentSchema, optOutScopeSchema, qualityMarkerSchema, reviewReasonSchema, suppressionReasonSchema } from '../domain/plan';
import { seedSchema } from '../integrations/referralrock/seedDirectory';

/** Every label field `npm run eval` scores, with the values it can take (the plan's own enums). */
const LABEL_VALUES: Record<string, z.ZodType> = {
  intent: intentSchema,
  optOut: z.boolean(),
  optOutPossible: z.boolean(),
  optOutScope: optOutScopeSchema.nullable(),
  suppress: z.boolean(),
  suppressReason: suppressionReasonSchema.nullable(),
  review: z.boolean(),
  reviewReasons: z.array(reviewReasonSchema),
  matchStatus: z.enum(['matched', 'new', 'ambiguous']),
  matchId: z.string().nullable(),
  creates: z.enum(['create_referral', 'create_member', 'none']),
  createUnderCode: z.string().nullable(),
  statusTo: z.string().nullable(),
  update: z.unknown(),
  followUpAt: z.iso.datetime().nullable(),
  followUpChannel: channelSchema.nullable(),
  marker: z.union([qualityMarkerSchema, z.array(qualityMarkerSchema)]),
};

function main(dir: string): number {
  const problems: string[] = [];
  const read = (f: string): unknown => JSON.parse(readFileSync(path.join(dir, f), 'utf8'));
  const seed = seedSchema.safeParse(read('seed.json'));
  if (!seed.success) problems.push(`seed.json: ${seed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const entries = read('expected.json') as Array<{ file: string; category?: string; expect?: Record<string, unknown> }>;
  const files = new Set(readdirSync(path.join(dir, 'calls')));
  const callIds = new Set<string>();
  for (const e of entries) {
    if (!e.category) problems.push(`${e.file}: no category`);
    if (!files.has(e.file)) { problems.push(`${e.file}: no such file in calls/`); continue; }
    files.delete(e.file);
    const r = parseCanonicalBody(JSON.parse(readFileSync(path.join(dir, 'calls', e.file), 'utf8')));
    if (!r.ok) problems.push(`${e.file}: ${JSON.stringify(r.errors)}`);
    else if (callIds.has(r.call.callId)) problems.push(`${e.file}: call id ${r.call.callId} used twice`);
    else callIds.add(r.call.callId);
    for (const [k, v] of Object.entries(e.expect ?? {})) {
      const values = LABEL_VALUES[k];
      if (!values) problems.push(`${e.file}: unknown label field ${k}`);
      else if (!values.safeParse(v).success) problems.push(`${e.file}: ${k} ${JSON.stringify(v)} is not a value the plan can take`);
    }
  }
  for (const f of files) problems.push(`${f}: in calls/ but not in expected.json`);
  for (const p of problems) console.log(p);
  console.log(`${entries.length} entries, ${problems.length} problems`);
  return problems.length ? 1 : 0;
}

const dir = process.argv[2];
if (!dir || !existsSync(dir)) {
  console.error('usage: npx tsx eval/checkSet.ts <folder with calls/, expected.json, seed.json>');
  process.exit(2);
}
process.exit(main(dir));
