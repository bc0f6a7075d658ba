import type { Statement } from '@/lib/types';

export interface SpeakerListProps {
  statements: Statement[];
  onShowInPage: (sentence: string) => void;
}

/** Who said what on this page, speaker by speaker. */
export function SpeakerList({ statements, onShowInPage }: SpeakerListProps) {
  const bySpeaker = new Map<string, Statement[]>();
  for (const s of statements) bySpeaker.set(s.speaker, [...(bySpeaker.get(s.speaker) ?? []), s]);
  return (
    <dl class="speakers">
      {[...bySpeaker].map(([speaker, said]) => (
        <div key={speaker} class="speaker">
          <dt><strong>{speaker}</strong></dt>
          {said.map((s, i) => (
            <dd key={i}>
              <button type="button" class="linklike" onClick={() => onShowInPage(s.sentence)}>
                <span class="muted small">{s.verb}{s.polarity === 'deny' ? ' (denial)' : ''}{s.hedged ? ' (hedged)' : ''}:</span> {s.text}
              </button>
            </dd>
          ))}
        </div>
      ))}
    </dl>
  );
}
