import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/engine';

/** Meta-test: every message type declared in the protocol has a handler where it is received. */
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const typesIn = (source: string, union: string) => {
  const block = source.split(`export type ${union} =`)[1]!.split(/\n\n|;\n(?=\S)/)[0]!;
  return [...block.matchAll(/type: '([\w:-]+)'/g)].map((m) => m[1]!);
};

describe('message protocol', () => {
  const protocol = read('lib/extension/messages.ts');

  it('the background handles every message sent to it', () => {
    const router = read('entrypoints/background/message-router.ts');
    const sent = ['ContentToBackground', 'SidebarToBackground', 'PageToBackground'].flatMap((u) => typesIn(protocol, u));
    expect(sent.length).toBeGreaterThan(10);
    for (const type of sent) expect(router, type).toContain(`case '${type}':`);
  });

  it('the content script handles every message sent to it', () => {
    const content = read('entrypoints/crosscheck/index.ts');
    const sent = typesIn(protocol, 'BackgroundToContent');
    expect(sent).toEqual(['sidebar:open', 'sidebar:close', 'sidebar:place', 'page:highlight', 'page:get-html', 'page:address']);
    for (const type of sent) expect(content, type).toContain(`case '${type}':`);
  });

  it('the sender policy names every sidebar message', () => {
    const policy = read('entrypoints/background/sender-policy.ts');
    for (const type of typesIn(protocol, 'SidebarToBackground')) expect(policy, type).toContain(`case '${type}':`);
  });
});
