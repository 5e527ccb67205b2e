import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { storedLanguage } from './i18n';
import { OwnerApp } from './owner-app';
import './styles.css';

document.documentElement.lang = storedLanguage();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OwnerApp />
  </StrictMode>,
);
