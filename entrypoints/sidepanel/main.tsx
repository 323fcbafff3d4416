// Before React and the UI: the database opens while they evaluate.
import '@/lib/db/open-early';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/assets/panel.css';
import { takeFirstView } from '@/lib/panel/first-view';
import { App } from './app';

// What the page's first script read while this code loaded: the first render shows it.
void takeFirstView().then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
