import { render } from 'preact';
import '@/assets/ui.css';
import './sidebar.css';
import { applyTheme } from '@/lib/extension/theme';
import { askForAnalysis, SidebarApp } from './SidebarApp';

const answer = askForAnalysis();
/** Opened at the glance (the content script's `unseen`): transparent until it has something to show. */
const unseen = new URLSearchParams(location.search).has('unseen');
if (unseen) document.documentElement.classList.add('unseen');
void applyTheme();
render(<SidebarApp answer={answer} unseen={unseen} />, document.getElementById('app')!);
