/**
 * main/index.ts, the Electron glue, run for real: the built main process
 * under Node with a recording stand-in for Electron (glue-electron.ts), driven
 * through the lifecycle as Electron would drive it. See glue-checks.ts for
 * what is asserted and glue-mutations.test.ts for proof the checks catch
 * breakage.
 */
import { describe, expect, it } from 'vitest';
import { coverage, GLUE_CHECKS } from './glue-checks';
import { mainBundle } from './glue-load';

describe('the Electron glue (main/index.ts, built)', () => {
  const source = mainBundle();
  for (const check of GLUE_CHECKS) it(check.name, () => check.run(source));

  it('every event main listens to is driven by at least one check', () => {
    expect(coverage.listened.size).toBeGreaterThan(0);
    expect([...coverage.listened].filter((name) => !coverage.emitted.has(name))).toEqual([]);
  });
});
