/**
 * A real headless Chromium for the page tests, driven by playwright-core (which downloads no
 * browser of its own): Debian's `chromium` package at /usr/bin/chromium, or CHROMIUM_PATH. Tests run
 * as root, where Chromium's own sandbox cannot start, hence --no-sandbox.
 */
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) {
    throw new Error(`no Chromium found (looked at ${candidates.join(', ')}): install it with "apt-get install -y chromium" or set CHROMIUM_PATH`);
  }
  return found;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}
