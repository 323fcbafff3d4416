import '@/lib/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@/assets/panel.css';
import { db } from '@/lib/db/db';
import { App } from './app';

// Open the database while React renders its first frame, not after: useDbHealth reports failures.
void db.open().catch(() => undefined);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
