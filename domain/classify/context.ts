/** What every classifier reads: the call, its sentences by speaker, and who the caller is. */
import type { Call } from '../call';
import type { CallerIdentity } from '../identity';
import type { PolicyConfig } from '../policyConfig';
import { agentSentences, callerSentences, type Sentence } from '../text';

export interface ClassifyContext {
  call: Call;
  caller: Sentence[];
  agent: Sentence[];
  identity: CallerIdentity;
  policy: PolicyConfig;
}

export function makeContext(call: Call, identity: CallerIdentity, policy: PolicyConfig): ClassifyContext {
  return { call, caller: callerSentences(call), agent: agentSentences(call), identity, policy };
}
