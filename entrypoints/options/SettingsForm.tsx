import { useEffect, useState } from 'preact/hooks';
import { ChoiceGroup } from '@/components/ChoiceGroup';
import { normalizeSite } from '@/lib/extension/site-exclusion';
import { DEFAULT_SETTINGS, readSettings, settingsItem, type Settings } from '@/lib/extension/settings';

const MODES: Array<[Settings['sidebarMode'], string]> = [
  ['auto', 'Open the sidebar by itself on articles related to my archive'],
  ['toggle', 'Show only a small “Crosscheck” button'],
  ['off', 'Off: only when I ask (popup, shortcut, right-click)'],
];
const THEMES: Array<[Settings['theme'], string]> = [['system', 'Follow the system'], ['light', 'Light'], ['dark', 'Dark']];

/**
 * The reader's settings, saved as they change. The form appears once the stored settings are read: a change
 * made before that would be saved over the defaults (losing the reader's other settings), and what they
 * typed would be overwritten when the stored values arrived.
 */
export function SettingsForm() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState<boolean | 'failed'>(false);
  const [sites, setSites] = useState('');
  const [saved, setSaved] = useState('');

  useEffect(() => {
    void readSettings().then((s) => {
      setSettings(s);
      setSites(s.neverRunOn.join('\n'));
      setLoaded(true);
    }, () => setLoaded('failed'));
  }, []);

  const update = async (change: Partial<Settings>) => {
    const next = { ...settings, ...change };
    setSettings(next);
    await settingsItem.setValue(next);
    setSaved('Saved.');
  };

  const saveSites = () => {
    const list = [...new Set(sites.split(/[\s,]+/).map(normalizeSite).filter(Boolean))];
    setSites(list.join('\n'));
    void update({ neverRunOn: list });
  };

  if (loaded === 'failed') return <p class="error" role="alert">Your settings could not be read. Reload this page to try again.</p>;
  if (!loaded) return <p class="small muted">Reading your settings…</p>;

  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <ChoiceGroup legend="Sidebar" name="sidebarMode" choices={MODES} value={settings.sidebarMode} onChange={(sidebarMode) => void update({ sidebarMode })} />
      <label class="choice">
        <input type="checkbox" checked={settings.dockSidebar} onChange={(e) => void update({ dockSidebar: (e.target as HTMLInputElement).checked })} />{' '}
        Dock the sidebar beside the page (the page makes room for it instead of lying under it)
      </label>
      <fieldset>
        <legend>Never run on these sites</legend>
        <label for="never-run" class="small muted">One site per line, e.g. example.com (covers its subdomains too).</label>
        <textarea id="never-run" rows={4} value={sites} onInput={(e) => setSites((e.target as HTMLTextAreaElement).value)} onBlur={saveSites} />
        <div class="row-actions"><button type="button" onClick={saveSites}>Save site list</button></div>
      </fieldset>
      <fieldset>
        <legend>Remember what I read</legend>
        <label class="choice">
          <input type="checkbox" checked={settings.rememberRead} onChange={(e) => void update({ rememberRead: (e.target as HTMLInputElement).checked })} />{' '}
          Remember news articles I read
        </label>
        <p class="small muted">
          Off by default. When on, a news article you stay on for a few seconds is added to your archive as “Remembered”. Never in private
          windows, never on the sites listed above; you can delete remembered articles below.
        </p>
      </fieldset>
      <ChoiceGroup legend="Theme" name="theme" choices={THEMES} value={settings.theme} onChange={(theme) => void update({ theme })} />
      <p class="status small" role="status">{saved}</p>
    </form>
  );
}
