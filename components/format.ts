/** Dates as a reader expects them: "21 Nov 2025". Unknown dates stay unsaid rather than wrong. */
export function formatDate(iso: string | null): string {
  if (!iso) return '';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '';
  return new Date(t).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export function sourceLine(publisher: string | null, publishedAt: string | null): string {
  return [publisher, formatDate(publishedAt)].filter(Boolean).join(' · ');
}
