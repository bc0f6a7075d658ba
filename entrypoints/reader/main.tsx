import { render } from 'preact';
import '@/assets/ui.css';
import './reader.css';
import { applyTheme } from '@/lib/extension/theme';
import { ReaderApp } from './ReaderApp';

void applyTheme();
render(<ReaderApp id={new URLSearchParams(location.search).get('id') ?? ''} />, document.getElementById('app')!);
