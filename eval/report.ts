/** Scores plans against labels and prints what `npm run eval` reports. Pure: no I/O but the text it returns. */
import type { Plan } from '../domain/plan';
import { dialNexaView } from '../domain/classify/secondVoice';
import { actual, agrees, CORE_FIELDS } from './labels';
import type { EvalCase } from './sets';

export interface Scored {
  case: EvalCase;
  plan: Plan;
  classifyMs: number;
  misses: Array<{ field: string; want: unknown; got: unknown }>;
}

export function scoreCase(c: EvalCase, plan: Plan, classifyMs: number): Scored {
  const misses: Scored['misses'] = [];
  for (const [field, want] of Object.entries(c.expect)) {
    const got = actual(plan, field);
    if (!agrees(field, want, got)) misses.push({ field, want, got });
  }
  return { case: c, plan, classifyMs, misses };
}

/** Wilson score interval for a proportion, 95%. */
export function wilson(k: number, n: number, z = 1.96): [number, number] {
  if (n === 0) return [0, 1];
  const p = k / n;
  const d = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / d;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

export interface Summary {
  calls: number;
  fullyRight: number;
  coreRight: number;
  perField: Record<string, { right: number; labelled: number }>;
  optOut: {
    positives: number;
    applied: number;
    held: number;
    /** Held or applied, over labelled opt-outs. */
    recall: number;
    recallCi: [number, number];
    predicted: number;
    precision: number;
    precisionCi: [number, number];
    falseOptOuts: string[];
    holdsOnCleanCalls: string[];
  };
  confusion: Record<string, Record<string, number>>;
  perCategory: Record<string, { calls: number; fullyRight: number }>;
  perLanguage: Record<string, { calls: number; fullyRight: number }>;
  p95ClassifyMs: number;
  /** DialNexa's own analysis measured against the labels, where it speaks (secondVoice.ts weighs it). */
  dialNexa: { intentRight: number; intentGiven: number; optOutRight: number; optOutGiven: number };
}

export function summarise(rows: Scored[]): Summary {
  const perField: Summary['perField'] = {};
  const confusion: Summary['confusion'] = {};
  const perCategory: Summary['perCategory'] = {};
  const perLanguage: Summary['perLanguage'] = {};
  let positives = 0, applied = 0, held = 0, predicted = 0, truePredicted = 0;
  const falseOptOuts: string[] = [];
  const holdsOnCleanCalls: string[] = [];
  for (const r of rows) {
    const e = r.case.expect;
    const missed = new Set(r.misses.map((m) => m.field));
    for (const field of Object.keys(e)) {
      const f = (perField[field] ??= { right: 0, labelled: 0 });
      f.labelled++;
      if (!missed.has(field)) f.right++;
    }
    const full = r.misses.length === 0;
    for (const [bucket, key] of [[perCategory, r.case.category], [perLanguage, r.case.language]] as const) {
      const b = (bucket[key] ??= { calls: 0, fullyRight: 0 });
      b.calls++;
      if (full) b.fullyRight++;
    }
    if (typeof e.intent === 'string') {
      const row = (confusion[e.intent] ??= {});
      row[r.plan.classification.intent] = (row[r.plan.classification.intent] ?? 0) + 1;
    }
    const oo = r.plan.classification.optOut;
    if (e.optOut === true) {
      positives++;
      if (oo.requested) applied++;
      else if (oo.possible) held++;
    }
    if (typeof e.optOut === 'boolean' && oo.requested) {
      predicted++;
      if (e.optOut) truePredicted++;
      else falseOptOuts.push(r.case.id);
    }
    if (e.optOut === false && e.optOutPossible !== true && oo.possible) holdsOnCleanCalls.push(r.case.id);
  }
  const dialNexa = { intentRight: 0, intentGiven: 0, optOutRight: 0, optOutGiven: 0 };
  for (const r of rows) {
    const view = dialNexaView(r.case.call);
    if (view.intent && typeof r.case.expect.intent === 'string') {
      dialNexa.intentGiven++;
      if (view.intent === r.case.expect.intent) dialNexa.intentRight++;
    }
    if (view.optOut !== null && typeof r.case.expect.optOut === 'boolean') {
      dialNexa.optOutGiven++;
      if (view.optOut === r.case.expect.optOut) dialNexa.optOutRight++;
    }
  }
  const times = rows.map((r) => r.classifyMs).sort((a, b) => a - b);
  return {
    calls: rows.length,
    fullyRight: rows.filter((r) => r.misses.length === 0).length,
    coreRight: rows.filter((r) => !r.misses.some((m) => CORE_FIELDS.has(m.field))).length,
    perField,
    optOut: {
      positives,
      applied,
      held,
      recall: positives ? (applied + held) / positives : 1,
      recallCi: wilson(applied + held, positives),
      predicted,
      precision: predicted ? truePredicted / predicted : 1,
      precisionCi: wilson(truePredicted, predicted),
      falseOptOuts,
      holdsOnCleanCalls,
    },
    confusion,
    perCategory,
    perLanguage,
    p95ClassifyMs: times.length ? times[Math.min(times.length - 1, Math.ceil(0.95 * times.length) - 1)] : 0,
    dialNexa,
  };
}

const pct = (k: number, n: number) => (n ? `${((100 * k) / n).toFixed(1)}%` : '-');
const ci = ([lo, hi]: [number, number]) => `[${(100 * lo).toFixed(1)}, ${(100 * hi).toFixed(1)}]`;

export function formatSummary(title: string, s: Summary, rows: Scored[], verbose: boolean): string {
  const out: string[] = [];
  out.push(`== ${title}: ${s.calls} calls: ${s.fullyRight} fully right (${pct(s.fullyRight, s.calls)}), ${s.coreRight} core-right`);
  out.push('per field (right/labelled):');
  for (const [f, v] of Object.entries(s.perField).sort(([a], [b]) => a.localeCompare(b))) {
    out.push(`  ${f.padEnd(16)} ${String(v.right).padStart(4)}/${String(v.labelled).padEnd(4)} ${pct(v.right, v.labelled)}`);
  }
  const o = s.optOut;
  out.push(`opt-out recall (held or applied) ${o.applied + o.held}/${o.positives} ${pct(o.applied + o.held, o.positives)} 95% CI ${ci(o.recallCi)}; applied ${o.applied}, held ${o.held}`);
  out.push(`opt-out precision ${pct(o.precision * o.predicted, o.predicted)} of ${o.predicted} applied, 95% CI ${ci(o.precisionCi)}`);
  out.push(`false opt-outs ${o.falseOptOuts.length}${o.falseOptOuts.length ? `: ${o.falseOptOuts.join(', ')}` : ''}`);
  out.push(`holds on clean calls ${o.holdsOnCleanCalls.length}${o.holdsOnCleanCalls.length ? `: ${o.holdsOnCleanCalls.join(', ')}` : ''}`);
  const labels = Object.keys(s.confusion).sort();
  const predictedLabels = [...new Set(Object.values(s.confusion).flatMap((r) => Object.keys(r)))].sort();
  if (labels.length) {
    out.push('intent confusion (rows: label, columns: plan):');
    out.push(`  ${''.padEnd(14)}${predictedLabels.map((p) => p.slice(0, 8).padStart(9)).join('')}`);
    for (const l of labels) out.push(`  ${l.padEnd(14)}${predictedLabels.map((p) => String(s.confusion[l][p] ?? '.').padStart(9)).join('')}`);
  }
  out.push('per category (fully right / calls):');
  for (const [k, v] of Object.entries(s.perCategory).sort(([a], [b]) => a.localeCompare(b))) out.push(`  ${k.padEnd(20)} ${v.fullyRight}/${v.calls}`);
  out.push(`per language: ${Object.entries(s.perLanguage).map(([k, v]) => `${k} ${v.fullyRight}/${v.calls}`).join(', ')}`);
  out.push(`p95 classify time ${s.p95ClassifyMs.toFixed(1)} ms`);
  const d = s.dialNexa;
  out.push(`DialNexa's own analysis, where it speaks: intent right ${d.intentRight}/${d.intentGiven} ${pct(d.intentRight, d.intentGiven)}, opt-out right ${d.optOutRight}/${d.optOutGiven} ${pct(d.optOutRight, d.optOutGiven)}`);
  for (const r of rows) {
    if (!r.misses.length) continue;
    const core = r.misses.some((m) => CORE_FIELDS.has(m.field));
    if (!verbose && !core) continue;
    out.push(`${core ? 'X' : ' '} ${r.case.id}: ${r.misses.map((m) => `${m.field} want ${JSON.stringify(m.want)} got ${JSON.stringify(m.got)}`).join('; ')}`);
  }
  return out.join('\n');
}
