/**
 * npm run eval: the engine measured on the externally written corpora in ../shared/corpora (or
 * CROSSCHECK_CORPORA), each figure beside its baseline from the same run. `-- --json` prints one JSON object.
 * `-- --check` also fails (exit 1) when a figure falls below the floors in scripts/eval/floors.json.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CliError, runCli } from './cli-error';
import { evaluateDetection } from './eval/detection';
import { evaluateExtraction } from './eval/extraction';
import { round } from './eval/metrics';
import { evaluateRetrieval, loadEcbPlus, loadNewsWcl50 } from './eval/retrieval';
import { evaluateSeedStatements } from './eval/seed-statements';
import { evaluateArc, evaluateFnc1, loadShippedStanceModel } from './eval/stance';

runCli(() => {
  const { values } = parseArgs({ options: { json: { type: 'boolean' }, check: { type: 'boolean' } } });
  const started = performance.now();
  const log = (line: string) => !values.json && process.stderr.write(line + '\n');

  log('stance (FNC-1 competition test set, ARC test set)…');
  const model = loadShippedStanceModel();
  const fnc = evaluateFnc1(model);
  const arc = evaluateArc(model);
  log('same-story retrieval (ECB+, NewsWCL50)…');
  const ecb = evaluateRetrieval(loadEcbPlus());
  const wcl = evaluateRetrieval(loadNewsWcl50());
  log('news detection (Readability test pages)…');
  const detection = evaluateDetection();
  log('article extraction from what the content script sends (Readability test pages)…');
  const extraction = evaluateExtraction();
  const seed = evaluateSeedStatements();
  const seconds = (performance.now() - started) / 1000;

  const r = (x: number) => round(x);
  const result = {
    fnc1: { score: r(fnc.score), f1: mapValues(fnc.f1, r), macroF1: r(fnc.macroF1), pairs: fnc.pairs, msPerPair: round(fnc.msPerPair, 3) },
    arc: { score: r(arc.score), macroF1: r(arc.macroF1), f1: mapValues(arc.f1, r), pairs: arc.pairs },
    ecbplus: { map: r(ecb.map), glanceMap: r(ecb.glanceMap), bm25Map: r(ecb.bm25Map), precisionAt5: r(ecb.precisionAt5), bm25PrecisionAt5: r(ecb.bm25PrecisionAt5), documents: ecb.documents },
    newswcl50: { map: r(wcl.map), glanceMap: r(wcl.glanceMap), bm25Map: r(wcl.bm25Map), precisionAt5: r(wcl.precisionAt5), documents: wcl.documents },
    detection: {
      newsRecall: r(detection.newsRecall),
      nonArticleFalsePositives: detection.nonArticleFalsePositives,
      nonArticlePages: detection.nonArticlePages,
      newsPages: detection.newsPages,
      readerableFalsePositives: detection.readerableFalsePositives,
      otherArticlesTakenForNews: detection.otherArticlesTakenForNews,
      otherArticlePages: detection.otherArticlePages,
      missed: detection.missed,
    },
    extraction: {
      sentF1: r(extraction.sentF1),
      wholePageF1: r(extraction.wholePageF1),
      newsSentF1: r(extraction.newsSentF1),
      newsWholePageF1: r(extraction.newsWholePageF1),
      sentBytes: extraction.sentBytes,
      wholePageBytes: extraction.wholePageBytes,
      pages: extraction.pages,
      worse: extraction.worse,
    },
    seedStatements: { recall: r(seed.recall), speakerAccuracy: r(seed.speakerAccuracy), labelled: seed.labelled, misses: seed.misses },
    seconds: Math.round(seconds),
  };

  if (values.json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  else printTable(result as Result);
  if (values.check) {
    const failures = belowFloors(result as Result);
    if (failures.length) throw new CliError(`below the floors: ${failures.join('; ')}`);
    log('all figures at or above their floors');
  }
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Result = Record<string, any>;

function printTable(x: Result): void {
  const f = (v: unknown) => (typeof v === 'number' ? v.toFixed(4) : String(v));
  const rows: Array<[string, string, string, string]> = [
    ['FNC-1 score (relative)', f(x.fnc1!.score), 'challenge winner 0.8202, baseline 0.7520', 'published'],
    ['FNC-1 F1 disagree', f((x.fnc1!.f1 as Record<string, number>).disagree), 'baseline about 0.02', 'published'],
    ['FNC-1 macro-F1', f(x.fnc1!.macroF1), '', ''],
    ['ARC score / macro-F1', `${f(x.arc!.score)} / ${f(x.arc!.macroF1)}`, '', ''],
    ['ECB+ MAP', f(x.ecbplus!.map), f(x.ecbplus!.bm25Map), 'BM25, same run'],
    ['ECB+ P@5', f(x.ecbplus!.precisionAt5), f(x.ecbplus!.bm25PrecisionAt5), 'BM25, same run'],
    ['NewsWCL50 MAP', f(x.newswcl50!.map), f(x.newswcl50!.bm25Map), 'BM25, same run'],
    ['ECB+ MAP from the glance', f(x.ecbplus!.glanceMap), f(x.ecbplus!.map), 'whole text, same run'],
    ['NewsWCL50 MAP from the glance', f(x.newswcl50!.glanceMap), f(x.newswcl50!.map), 'whole text, same run'],
    ['News detection recall', `${f(x.detection!.newsRecall)} of ${x.detection!.newsPages}`, '', ''],
    ['Non-articles taken for news', `${x.detection!.nonArticleFalsePositives} of ${x.detection!.nonArticlePages}`, `${x.detection!.readerableFalsePositives} of ${x.detection!.nonArticlePages}`, 'isProbablyReaderable'],
    ['Blog/docs/wiki pages taken for news', `${x.detection!.otherArticlesTakenForNews} of ${x.detection!.otherArticlePages}`, '', 'not a target; see README'],
    ['Article words from what is sent (F1)', f(x.extraction!.sentF1), f(x.extraction!.wholePageF1), `whole page; ${Math.round((100 * x.extraction!.sentBytes) / x.extraction!.wholePageBytes)}% of its bytes sent`],
    ['  the same on the news pages', f(x.extraction!.newsSentF1), f(x.extraction!.newsWholePageF1), 'whole page'],
    ['Seed statements recall', f(x.seedStatements!.recall), '', `${x.seedStatements!.labelled} labelled`],
    ['Seed statements speaker accuracy', f(x.seedStatements!.speakerAccuracy), '', ''],
  ];
  const w = [36, 18, 42];
  console.log(['figure'.padEnd(w[0]!), 'Crosscheck'.padEnd(w[1]!), 'baseline'.padEnd(w[2]!), 'note'].join(' '));
  for (const [a, b, c, d] of rows) console.log([a.padEnd(w[0]!), b.padEnd(w[1]!), c.padEnd(w[2]!), d].join(' '));
  console.log(`(${x.seconds} s; FNC-1 ${f((x.fnc1 as Record<string, number>).msPerPair)} ms per pair)`);
}

function belowFloors(x: Result): string[] {
  const floors = JSON.parse(readFileSync(fileURLToPath(new URL('./eval/floors.json', import.meta.url)), 'utf8')) as Record<string, number>;
  const failures: string[] = [];
  for (const [path, floor] of Object.entries(floors)) {
    if (path.startsWith('$')) continue;
    const value = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], x);
    // Counts of pages wrongly taken for news are ceilings: lower is better.
    const ok = /FalsePositives$|TakenForNews$/.test(path) ? (value as number) <= floor : (value as number) >= floor;
    if (!ok) failures.push(`${path} = ${String(value)} (floor ${floor})`);
  }
  return failures;
}

function mapValues<T extends string>(o: Record<T, number>, f: (x: number) => number): Record<T, number> {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v as number)])) as Record<T, number>;
}
