import { analyzePage } from '../lib/analyze';
import { archiveInMemory } from '../lib/archive/article-source';
import { parseHtmlDocument } from '../lib/extract/parse-html';
import { defaultAliases } from '../lib/nlp/default-aliases';
import { buildBundledArchive } from './bundled-archive';
import { hostilePages } from '../tests/unit/fuzz/hostile-pages';
const ctx = { ...archiveInMemory(buildBundledArchive('data').articles), aliases: defaultAliases };
const want = process.argv[2];
for (const p of hostilePages(Number(process.argv[3] ?? 13))) {
  if (want && p.kind !== want) continue;
  let t = performance.now();
  const doc = parseHtmlDocument(p.html);
  const parse = performance.now() - t;
  t = performance.now();
  await analyzePage(doc, 'https://example.com/2025/11/21/a-b-c-d', ctx);
  console.log(p.kind.padEnd(22), 'size', p.html.length, 'parse', parse.toFixed(0), 'analyze', (performance.now() - t).toFixed(0));
}
