import { describe, expect, it } from 'vitest';
import { isExcluded, normalizeSite } from '@/lib/extension/site-exclusion';

describe('never-run sites', () => {
  it('normalises what the reader types into a host', () => {
    expect(normalizeSite(' https://www.Example.com/news?x=1 ')).toBe('example.com');
    expect(normalizeSite('example.com:8080')).toBe('example.com');
  });

  it('matches the site and its subdomains, not look-alikes', () => {
    expect(isExcluded('www.example.com', ['example.com'])).toBe(true);
    expect(isExcluded('news.example.com', ['example.com'])).toBe(true);
    expect(isExcluded('badexample.com', ['example.com'])).toBe(false);
    expect(isExcluded('example.com', ['', '  '])).toBe(false);
  });
});
