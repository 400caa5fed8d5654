import { loadConfig } from '/work/main/config';
import { loadSplit } from '/work/main/eval/sets';
import { decideCall } from '/work/main/domain/decide';
import { rulesClassifier } from '/work/main/domain/classify/rulesClassifier';
void (async () => {
  const cfg = loadConfig();
  const cases = loadSplit((process.env.SPLIT ?? 'dev') as 'dev', cfg.policy)!;
  for (const id of process.argv.slice(2)) {
    const c = cases.find((x) => x.id.startsWith(id))!;
    const p = await decideCall(c.call, c.directory, c.policy, rulesClassifier);
    const cl = p.classification;
    console.log(id, cl.intent, cl.intentConfidence, 'refBy', JSON.stringify(cl.referredBy), 'match', p.match.status, p.match.record?.id, 'review', p.review.reasons.join(','), 'sup', cl.suppression.reason, 'fu', cl.followUp?.at, 'acts', p.actions.map((a) => a.type).join(','), '|', (p.handoff.nextStep ?? '').slice(0, 100), '| ev:', cl.evidence.filter(e=>e.field==='intent'||e.field==='suppression').map(e=>e.quote.slice(0,60)).join(' / '));
  }
})();
