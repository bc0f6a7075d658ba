export interface HighlightedTextProps {
  text: string;
  /** Inclusive [start, end] character ranges to mark. */
  ranges: Array<[number, number]>;
}

/** Text with the matched parts in <mark>; rendered as text nodes, so stored content never becomes markup. */
export function HighlightedText({ text, ranges }: HighlightedTextProps) {
  const parts = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end + 1)}</mark>);
    at = end + 1;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
