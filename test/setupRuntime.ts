// Tests log at WARN: the SDK's INFO lines (worker state changes) bury the failures that matter.
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { isExpectedNotice } from '../worker/runtimeLogger';

Runtime.install({
  logger: new DefaultLogger('WARN', (entry) => {
    if (isExpectedNotice(entry.message)) return;
    console.error(`${entry.level} ${entry.message}`, entry.meta ?? '');
  }),
});
