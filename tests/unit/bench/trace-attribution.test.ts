import { describe, expect, it } from 'vitest';
import { extensionMainThreadTime, mainThreadBusyMs, unionLength, type TraceEvent } from '../../../scripts/bench/trace-attribution';

const EXT = 'chrome-extension://abc/';
const PAGE = 'http://x/page.html';
const ev = (name: string, ts: number, dur: number, url?: string, tid = 1, pid = 7, tdur = dur): TraceEvent => ({ name, ph: 'X', pid, tid, ts, dur, tdur, args: { data: { url } } });
const parse: TraceEvent = { name: 'ParseHTML', ph: 'X', pid: 7, tid: 1, ts: 0, dur: 5, args: { beginData: { url: PAGE } } };

describe('trace attribution', () => {
  it('counts nested and overlapping spans once', () => {
    expect(unionLength([[0, 10], [2, 5], [8, 12], [20, 25]])).toBe(17);
    expect(unionLength([])).toBe(0);
  });

  it('attributes only the extension’s scripts on the page’s main thread, with what they did inside', () => {
    const events = [
      parse,
      ev('EvaluateScript', 1000, 800, `${EXT}crosscheck.js`),
      ev('v8.compile', 1100, 100, `${EXT}crosscheck.js`),
      ev('FunctionCall', 5000, 3000, `${EXT}crosscheck.js`),
      ev('FunctionCall', 9000, 50_000, 'https://news.example/app.js'),
      ev('EvaluateScript', 70_000, 1000, 'chrome-extension://other/content.js'),
      // The sidebar frame and the background run in the extension's process: not the page's time.
      ev('FunctionCall', 80_000, 4000, `${EXT}chunks/sidebar.js`, 1, 9),
      ev('FunctionCall', 90_000, 9000, `${EXT}background.js`, 3, 9),
    ];
    expect(extensionMainThreadTime(events, EXT, PAGE).wallMs).toBeCloseTo(3.8);
    expect(extensionMainThreadTime(events, EXT, 'http://x/other.html').wallMs).toBe(0);
  });

  it('counts thread time of the outermost events: the moments the core ran another process are not ours', () => {
    const events = [
      parse,
      // 3 ms on the clock, of which the thread ran 1.2 ms; the compile inside is not counted twice.
      ev('EvaluateScript', 1000, 3000, `${EXT}crosscheck.js`, 1, 7, 1200),
      ev('v8.compile', 1100, 2000, `${EXT}crosscheck.js`, 1, 7, 500),
      ev('FunctionCall', 5000, 1000, `${EXT}crosscheck.js`, 1, 7, 900),
    ];
    expect(extensionMainThreadTime(events, EXT, PAGE)).toMatchObject({ wallMs: 4, cpuMs: 2.1, cpuParts: { evaluateMs: 1.2, callbacksMs: 0.9, insertionMs: 0 }, wallParts: { evaluateMs: 3, callbacksMs: 1, insertionMs: 0 } });
  });

  it('counts the task in which our element entered the page: a promise continuation names no script', () => {
    const mark = 'bench:inserted';
    const events = [
      parse,
      ev('FunctionCall', 1000, 2000, `${EXT}crosscheck.js`),
      ev('RunTask', 10_000, 5000, undefined, 1, 7, 1500),
      ev('RunMicrotasks', 10_100, 4800),
      { name: mark, ph: 'R', pid: 7, tid: 1, ts: 12_000 },
      // The page's own task, and a mark of that name in another renderer: neither is ours.
      ev('RunTask', 20_000, 9000),
      { name: mark, ph: 'R', pid: 8, tid: 1, ts: 21_000 },
    ];
    expect(extensionMainThreadTime(events, EXT, PAGE, mark)).toMatchObject({ wallMs: 7, cpuMs: 3.5, cpuParts: { evaluateMs: 0, callbacksMs: 2, insertionMs: 1.5 }, wallParts: { evaluateMs: 0, callbacksMs: 2, insertionMs: 5 } });
    expect(extensionMainThreadTime(events, EXT, PAGE).wallMs).toBe(2);
  });

  it('sums the busy time of the main thread that parsed the page', () => {
    const events: TraceEvent[] = [
      parse,
      ev('RunTask', 0, 2000),
      ev('RunTask', 500, 100),
      ev('RunTask', 3000, 1000),
      ev('RunTask', 0, 9000, undefined, 2),
    ];
    expect(mainThreadBusyMs(events, PAGE)).toBe(3);
    expect(mainThreadBusyMs(events, 'http://x/other.html')).toBe(0);
  });
});
