import { describe, expect, it } from 'vitest';
import { parseSeedText, SeedFormatError } from '@/lib/archive/seed-format';
import { seedText } from '../support/engine';

describe('parseSeedText', () => {
  it('parses the seed into headline, standfirst, date, section, publisher and paragraphs', () => {
    const a = parseSeedText(seedText());
    expect(a.title).toBe('Trump signs off on 28-point plan to end Russia-Ukraine war, official says');
    expect(a.standfirst).toMatch(/^Senior official says framework aims/);
    expect(a.publishedAt).toBe('2025-11-20T00:00:00Z');
    expect(a.section).toBe('CONFLICT & PEACE PROCESSES');
    expect(a.publisher).toBe('Anadolu Agency');
    // Caption and dateline are not body text.
    expect(a.paragraphs[0]).toMatch(/^US President Donald Trump this week approved/);
    expect(a.paragraphs).toHaveLength(12);
    expect(a.paragraphs.at(-1)).toMatch(/inspired by Trump's successful push for a deal in Gaza\.$/);
  });

  it('accepts Windows line endings and trailing blank lines', () => {
    const a = parseSeedText(seedText().replace(/\n/g, '\r\n') + '\r\n\r\n');
    expect(a.paragraphs).toHaveLength(12);
    expect(a.publisher).toBe('Anadolu Agency');
  });

  it.each([
    ['no date line', 'Headline\nStandfirst\n\nBody\nSOURCE:X', /first line/],
    ['a bad date', ' date 2025-13-45 WORLD\nHeadline\nStandfirst\n\nBody\nSOURCE:X', /invalid date/],
    ['no source line', ' date 2025-11-20 WORLD\nHeadline\nStandfirst\n\nBody', /SOURCE/],
    ['no body', ' date 2025-11-20 WORLD\nHeadline\nStandfirst\nDateline\n\nSOURCE:X', /no body/],
  ])('rejects %s with a clear message', (_name, text, message) => {
    expect(() => parseSeedText(text)).toThrow(SeedFormatError);
    expect(() => parseSeedText(text)).toThrow(message);
  });
});
