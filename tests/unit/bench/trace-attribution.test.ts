import { describe, expect, it } from 'vitest';
import { extensionMainThreadMs, mainThreadBusyMs, unionLength, type TraceEvent } from '../../../scripts/bench/trace-attribution';

const EXT = 'chrome-extension://abc/';
const PAGE = 'http://x/page.html';
const ev = (name: string, ts: number, dur: number, url?: string, tid = 1, pid = 7): TraceEvent => ({ name, ph: 'X', pid, tid, ts, dur, args: { data: { url } } });
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
    expect(extensionMainThreadMs(events, EXT, PAGE)).toBeCloseTo(3.8);
    expect(extensionMainThreadMs(events, EXT, 'http://x/other.html')).toBe(0);
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
