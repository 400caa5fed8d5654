/**
 * `npm run build:bundle [-- OUT]`: bundles the workflow code once, ahead of time, into one file
 * (default dist/workflow-bundle.js, its source map inline). A worker started with
 * WORKFLOW_BUNDLE_PATH pointing at it loads the file instead of running webpack at start: it starts
 * faster and never holds the bundler in memory (issue 9: worker RSS). `npm run build` runs it; the
 * container image sets WORKFLOW_BUNDLE_PATH. Rebuild after changing anything under workflows/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { workflowBundle } from '../worker/createWorkers';

async function main(): Promise<void> {
  const out = path.resolve(process.argv[2] ?? path.join(__dirname, '..', 'dist', 'workflow-bundle.js'));
  // The same bundling the worker does at start when it has no prebuilt bundle.
  const { code } = await workflowBundle();
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, code);
  process.stdout.write(`workflow bundle: ${out} (${(code.length / 1024).toFixed(0)} KB)\n`);
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
