import { readFileSync, readdirSync } from 'node:fs';
import { parseCanonicalBody } from './domain/canonicalEvent';
import { scoreIntents } from './domain/classify/intent';
import { callerSentences } from './domain/text';
for (const f of process.argv.slice(2)) {
  const [d0, b, n] = f.split('/');
  const dir = `test/corpus/${d0}/${b}/calls/`;
  const r = parseCanonicalBody(JSON.parse(readFileSync(dir + readdirSync(dir).find((x) => x.startsWith(n))!, 'utf8')));
  if (!r.ok) throw new Error('bad');
  const { scores, first } = scoreIntents(callerSentences(r.call));
  console.log(f, JSON.stringify(scores), Object.entries(first).map(([k, v]) => `${k}: ${v!.text.slice(0, 90)}`).join(' | '));
}
