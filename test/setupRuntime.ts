// Tests log at WARN: the SDK's INFO lines (worker state changes) bury the failures that matter.
import { DefaultLogger, Runtime } from '@temporalio/worker';

Runtime.install({ logger: new DefaultLogger('WARN') });
