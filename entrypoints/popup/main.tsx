import { render } from 'preact';
import '@/assets/ui.css';
import './popup.css';
import { applyTheme } from '@/lib/extension/theme';
import { PopupApp } from './PopupApp';

void applyTheme();
render(<PopupApp />, document.getElementById('app')!);
