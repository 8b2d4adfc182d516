import type { BuiltInLanguage } from '../languages.js';
import { accountEn, type AccountDictionary } from './en.js';

/** One dynamic import per language: the account center fetches only the language in use. */
const LOADERS: Readonly<Record<Exclude<BuiltInLanguage, 'en'>, () => Promise<AccountDictionary>>> = {
  ar: () => import('./ar.js').then((m) => m.accountAr),
  de: () => import('./de.js').then((m) => m.accountDe),
  es: () => import('./es.js').then((m) => m.accountEs),
  fr: () => import('./fr.js').then((m) => m.accountFr),
  he: () => import('./he.js').then((m) => m.accountHe),
  hu: () => import('./hu.js').then((m) => m.accountHu),
  id: () => import('./id.js').then((m) => m.accountId),
  it: () => import('./it.js').then((m) => m.accountIt),
  ja: () => import('./ja.js').then((m) => m.accountJa),
  ko: () => import('./ko.js').then((m) => m.accountKo),
  nb: () => import('./nb.js').then((m) => m.accountNb),
  nl: () => import('./nl.js').then((m) => m.accountNl),
  pl: () => import('./pl.js').then((m) => m.accountPl),
  pt: () => import('./pt.js').then((m) => m.accountPt),
  ru: () => import('./ru.js').then((m) => m.accountRu),
  sv: () => import('./sv.js').then((m) => m.accountSv),
  th: () => import('./th.js').then((m) => m.accountTh),
  tr: () => import('./tr.js').then((m) => m.accountTr),
  uk: () => import('./uk.js').then((m) => m.accountUk),
  zh: () => import('./zh.js').then((m) => m.accountZh),
};

/** The account center's dictionary for a built-in language (English at once). */
export function loadAccountDictionary(code: BuiltInLanguage): Promise<AccountDictionary> {
  if (code === 'en') return Promise.resolve(accountEn);
  return Object.hasOwn(LOADERS, code) ? LOADERS[code]() : Promise.reject(new Error(`No built-in account dictionary for ${code}`));
}
