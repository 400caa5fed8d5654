/**
 * The classifier the service runs, from configuration (CLASSIFIER): the embedded rules (default),
 * a model behind any OpenAI-compatible endpoint, or both (ensemble). `npm run plan` and the worker's
 * decide activity both get theirs here, so they always judge alike.
 */
import type { CallClassifier } from '../domain/classify/signals';
import { rulesClassifier } from '../domain/classify/rulesClassifier';
import { ensembleClassifier } from '../domain/classify/ensemble';
import type { ClassifierConfig } from '../config/classifier';
import { LlmClassifier } from './llm/llmClassifier';

export function createClassifier(config: ClassifierConfig): CallClassifier {
  if (config.kind === 'rules' || !config.llm) return rulesClassifier;
  const llm = new LlmClassifier(config.llm);
  return config.kind === 'llm' ? llm : ensembleClassifier(llm, rulesClassifier);
}
