import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@handover/domain';
import { admin } from './messages/admin';
import { appointments } from './messages/appointments';
import { approvals } from './messages/approvals';
import { common } from './messages/common';
import { complaints } from './messages/complaints';
import { warranty } from './messages/warranty';
import { contractor } from './messages/contractor';
import { field } from './messages/field';
import { hq } from './messages/hq';
import { keys } from './messages/keys';
import { lead } from './messages/lead';
import { notifications } from './messages/notifications';
import { rectification } from './messages/rectification';
import { risks } from './messages/risks';
import { setup } from './messages/setup';
import { summary } from './messages/summary';
import { surveyEntry } from './messages/survey-entry';

/**
 * zh-CN by default (the users' language); English switchable, remembered in this browser. They are the languages the
 * API words its refusals in (libs/domain), so the console words them too.
 */
export type { Language };
const LANGUAGE_KEY = 'handover.language';
const namespaces = {
  common,
  lead,
  approvals,
  field,
  hq,
  notifications,
  setup,
  appointments,
  keys,
  admin,
  risks,
  complaints,
  summary,
  surveyEntry,
  contractor,
  warranty,
  rectification,
};

function resourcesFor(language: Language) {
  return Object.fromEntries(Object.entries(namespaces).map(([name, messages]) => [name, messages[language]]));
}

export function storedLanguage(): Language {
  return globalThis.localStorage?.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'zh-CN';
}

export function setLanguage(language: Language): void {
  localStorage.setItem(LANGUAGE_KEY, language);
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': resourcesFor('zh-CN'), en: resourcesFor('en') },
  lng: storedLanguage(),
  fallbackLng: 'zh-CN',
  ns: Object.keys(namespaces),
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export { i18n };
