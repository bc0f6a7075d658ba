import { describe, expect, it } from 'vitest';
import { buildOrder, passCount } from '../../../scripts/bench/interleave';

describe('the A/B scripts’ order of builds', () => {
  it('turns from page to page, so no build always loads a page first', () => {
    const firsts = [0, 1, 2, 3].map((page) => buildOrder(['A', 'B'], page, 0)[0]);
    expect(firsts).toEqual(['A', 'B', 'A', 'B']);
  });

  it('over as many passes as builds, puts each build first on each page once', () => {
    const builds = ['A', 'B', 'C'];
    for (let page = 0; page < 5; page++) {
      const firsts = [0, 1, 2].map((pass) => buildOrder(builds, page, pass)[0]);
      expect([...firsts].sort()).toEqual(builds);
    }
  });

  it('loads every build once per page', () => {
    expect([...buildOrder(['A', 'B', 'C'], 4, 1)].sort()).toEqual(['A', 'B', 'C']);
    expect(buildOrder(['A'], 3, 2)).toEqual(['A']);
  });
});

describe('the A/B scripts’ number of passes', () => {
  it('is as many as builds unless AB_PASSES says', () => {
    expect(passCount(2, undefined)).toBe(2);
    expect(passCount(2, '3')).toBe(3);
  });

  it('turns down a count that is not a whole number of passes, 1 or more', () => {
    for (const bad of ['0', '-1', '1.5', 'two', '']) expect(() => passCount(2, bad)).toThrow(/AB_PASSES/);
  });
});
