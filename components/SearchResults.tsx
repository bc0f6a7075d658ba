import type { SearchHit } from '@/lib/extension/messages';
import { sourceLine } from './format';
import { HighlightedText } from './HighlightedText';

export interface SearchResultsProps {
  hits: SearchHit[];
  selected: number;
  onSelect: (index: number) => void;
  onOpen: (hit: SearchHit) => void;
  onOpenOriginal: (hit: SearchHit) => void;
}

/** The popup's result list: a listbox driven by the search box's arrow keys, matched words marked. */
export function SearchResults({ hits, selected, onSelect, onOpen, onOpenOriginal }: SearchResultsProps) {
  return (
    <ul class="results" id="search-results" role="listbox" aria-label="Archive search results">
      {hits.map((hit, i) => (
        <li
          key={hit.id}
          id={`result-${i}`}
          role="option"
          aria-selected={i === selected}
          onMouseEnter={() => onSelect(i)}
          onClick={() => onOpen(hit)}
        >
          <div class="title"><HighlightedText text={hit.title} ranges={hit.titleMatches} /></div>
          <div class="muted small">
            {sourceLine(hit.publisher, hit.publishedAt)}
            {hit.matchedAlso && (
              <> · {hit.matchedAlso.field}: <HighlightedText text={hit.matchedAlso.text} ranges={hit.matchedAlso.ranges} /></>
            )}
          </div>
          {i === selected && hit.url && (
            <div class="result-actions">
              <button type="button" onClick={(e) => { e.stopPropagation(); onOpenOriginal(hit); }}>Open original</button>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
