import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_FILE } from '../../../scripts/bench/page-cost';
import { STAND_INS, writeStandIns } from '../../../scripts/bench/stand-in-scripts';
import { scratchFolder } from '../../../scripts/scratch-folder';

const folder = () => scratchFolder('stand-in-test');

describe('writeStandIns', () => {
  it('copies the build once per stand-in, with only the content script replaced', () => {
    const built = folder();
    writeFileSync(join(built, 'manifest.json'), '{"manifest_version":3}');
    writeFileSync(join(built, CONTENT_SCRIPT_FILE), 'the real script');
    mkdirSync(join(built, 'chunks'));
    writeFileSync(join(built, 'chunks', 'a.js'), 'a chunk');
    const into = join(folder(), 'stand-ins');
    const copies = writeStandIns(built, into);
    expect(copies.map((c) => c.slice(into.length + 1))).toEqual(Object.keys(STAND_INS));
    for (const [index, script] of Object.values(STAND_INS).entries()) {
      expect(readFileSync(join(copies[index]!, CONTENT_SCRIPT_FILE), 'utf8')).toBe(script);
      expect(readFileSync(join(copies[index]!, 'manifest.json'), 'utf8')).toBe('{"manifest_version":3}');
      expect(readFileSync(join(copies[index]!, 'chunks', 'a.js'), 'utf8')).toBe('a chunk');
    }
    expect(readFileSync(join(built, CONTENT_SCRIPT_FILE), 'utf8')).toBe('the real script');
  });

  it('says what is wrong with a folder that is not a build, or a target that exists, and writes nothing', () => {
    const empty = folder();
    const into = join(folder(), 'stand-ins');
    expect(() => writeStandIns(empty, into)).toThrow(/not a built Crosscheck.*npm run build/);
    const built = folder();
    writeFileSync(join(built, 'manifest.json'), '{}');
    writeFileSync(join(built, CONTENT_SCRIPT_FILE), '');
    const taken = folder();
    expect(() => writeStandIns(built, taken)).toThrow(/exists already/);
    expect(() => readFileSync(join(taken, 'empty', CONTENT_SCRIPT_FILE))).toThrow();
  });
});
