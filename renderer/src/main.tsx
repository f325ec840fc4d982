import '@fontsource/inter/400.css';
import '@fontsource/inter/500.css';
import '@fontsource/inter/600.css';
import './styles/tokens.css';
import './styles/base.css';
import './styles/layout.css';
// The shared widgets' styles, in cascade order (later files override earlier ones); each component also imports its own.
import './components/buttons.css';
import './components/badges.css';
import './components/notices.css';
import './components/toolbar.css';
import './components/forms.css';
import './components/table.css';
import './components/choices.css';
import './components/dialog.css';
import './components/details.css';
import './components/change-group.css';
import './components/sheet.css';
import './components/evidence.css';
import './components/ledger.css';
import './components/chart.css';
import './components/date-input.css';
import './components/tabs.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary where="app">
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
