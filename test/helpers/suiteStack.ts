/** One stack per suite: started before its tests, stopped after them. */
import { startStack, type Stack } from './stack';

/** Registers the suite's beforeAll/afterAll; the getter answers the running stack. */
export function useStack(opts?: Parameters<typeof startStack>[0]): () => Stack {
  let stack: Stack | undefined;
  beforeAll(async () => {
    stack = await startStack(opts);
  });
  afterAll(async () => {
    await stack?.stop();
  });
  return () => {
    if (!stack) throw new Error('the stack is not running (used outside a test?)');
    return stack;
  };
}
