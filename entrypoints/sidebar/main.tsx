import { render } from 'preact';
import '@/assets/ui.css';
import './sidebar.css';
import { applyTheme } from '@/lib/extension/theme';
import { SidebarApp } from './SidebarApp';

void applyTheme();
render(<SidebarApp />, document.getElementById('app')!);
