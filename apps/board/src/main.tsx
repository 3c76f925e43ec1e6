import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app.js';
import { readPageState } from './lib/page-state.js';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The server rendered the board into the page (and left its data beside it): take that HTML over. Otherwise (no
// state, or it was for another address) render from scratch and load the data.
const initial = readPageState(document, window.location.search);
const app = (
  <StrictMode>
    <App initial={initial} />
  </StrictMode>
);
if (initial && root.firstChild) hydrateRoot(root, app);
else createRoot(root).render(app);
