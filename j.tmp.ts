import { judgeByRules } from './domain/classify/rulesClassifier';
import { validateSignals } from './domain/classify/signals';
import { callerIdentity } from './domain/identity';
import { makeCall, policy } from './test/unit/domain/helpers';
for (const t of process.argv.slice(2)) {
  const call = makeCall({ fromNumber: '+14155550101', turns: ['A: Thanks for calling, this is Ava.', ...t.split('|')] });
  const { signals } = validateSignals(call, judgeByRules(call, { identity: callerIdentity(call), policy }));
  console.log(signals.optOut.status, signals.optOut.scope, JSON.stringify(signals.optOut.evidence.map((e) => e.quote)).slice(0, 150), '<=', t.slice(0, 80));
}
