import { render } from 'preact';
import '@/assets/ui.css';
import './sidebar.css';
import { applyTheme } from '@/lib/extension/theme';
import { askForAnalysis, SidebarApp } from './SidebarApp';

const answer = askForAnalysis();
void applyTheme();
render(<SidebarApp answer={answer} />, document.getElementById('app')!);
