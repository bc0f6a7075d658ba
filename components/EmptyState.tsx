export interface EmptyStateProps {
  canSave: boolean;
  saving: boolean;
  savedTitle: string | null;
  error: string | null;
  onSave: () => void;
}

/** Nothing in the archive on this story: say so plainly and offer to start remembering it. */
export function EmptyState({ canSave, saving, savedTitle, error, onSave }: EmptyStateProps) {
  return (
    <section class="empty card" aria-live="polite">
      <p><strong>Nothing in your archive on this story yet.</strong></p>
      {savedTitle ? (
        <p class="status">Saved “{savedTitle}” to your archive.</p>
      ) : (
        canSave && (
          <p>
            Save this page so Crosscheck can compare the next articles you read with it.{' '}
            <button type="button" class="primary" onClick={onSave} disabled={saving}>{saving ? 'Saving…' : 'Save this page'}</button>
          </p>
        )
      )}
      {error && <p class="error" role="alert">{error}</p>}
    </section>
  );
}
