import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../src/theme/styles.css';
import './playground.css';
import { App } from './App.tsx';
import { findAmplifyOutputs } from './amplify-outputs.ts';
import { localMode } from './local-mode.ts';
import type { PlaygroundMode } from './mode.ts';
import { applyLanguage, applyTheme, storedLanguage, storedTheme } from './settings.ts';

/** Amplify mode when there are amplify_outputs.json, loaded on demand: local mode never downloads aws-amplify. */
async function startMode(): Promise<PlaygroundMode> {
  const outputs = await findAmplifyOutputs();
  if (outputs === undefined) return localMode(location.search);
  const { amplifyMode } = await import('./amplify-mode.ts');
  return amplifyMode(outputs, location.search);
}

// Applied before the first render, so a reload never flashes the wrong theme or direction.
const theme = storedTheme();
const language = storedLanguage();
applyTheme(theme);
applyLanguage(language);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
const mode = await startMode();
createRoot(root).render(
  <StrictMode>
    <App mode={mode} initialTheme={theme} initialLanguage={language} />
  </StrictMode>,
);
