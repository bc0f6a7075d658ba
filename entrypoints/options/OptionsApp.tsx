import { ArchiveManager } from './ArchiveManager';
import { SettingsForm } from './SettingsForm';

export function OptionsApp() {
  return (
    <main>
      <h1>Crosscheck</h1>
      <SettingsForm />
      <ArchiveManager />
      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Privacy</h2>
        <p>
          Your archive and settings stay in this browser profile. Crosscheck makes no network requests, and no web page
          can read what it stores.
        </p>
      </section>
    </main>
  );
}
