import { render } from 'preact';
import '@/assets/ui.css';
import './options.css';
import { applyTheme } from '@/lib/extension/theme';
import { OptionsApp } from './OptionsApp';

void applyTheme();
render(<OptionsApp />, document.getElementById('app')!);
