/** The problems a configuration is refused with (none when it loads). */
import { ConfigError, loadConfig } from '../../../config';

export function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
}
