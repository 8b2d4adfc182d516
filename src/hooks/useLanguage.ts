import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { translatesStartScreen } from '../i18n/amplify-start-phrases.js';
import type { Dictionary } from '../i18n/en.js';
import { directionOf, type LanguageCode } from '../i18n/languages.js';
import { loadDictionary } from '../i18n/load.js';
import { builtInLanguage, createTranslator, type DictionaryProp, type Translate } from '../i18n/translate.js';
import type { AuthenticatorEngine } from './engine/engine.js';
import { useOverrides } from './useOverrides.js';

const noSubscription = () => () => undefined;

/** The browser's language after hydration; 'en' on the server, so that both render the same markup first. */
function useBrowserLanguage(): string {
  return useSyncExternalStore(
    noSubscription,
    () => (typeof navigator === 'undefined' ? 'en' : navigator.language),
    () => 'en',
  );
}

/** The language in use once its dictionary has arrived (English, the translator's own, shows meanwhile). */
function useDictionaries(code: LanguageCode | undefined): Partial<Record<LanguageCode, Dictionary>> {
  const [dictionaries, setDictionaries] = useState<Partial<Record<LanguageCode, Dictionary>>>({});
  const missing = code !== undefined && code !== 'en' && dictionaries[code] === undefined ? code : undefined;
  useEffect(() => {
    if (missing === undefined) return;
    let current = true;
    void loadDictionary(missing).then((loaded) => {
      if (current) setDictionaries((known) => ({ ...known, [missing]: loaded }));
    });
    return () => {
      current = false;
    };
  }, [missing]);
  return dictionaries;
}

export interface Language {
  translate: Translate;
  /** The language the text is in: English until the wanted one's dictionary arrives. */
  language: string;
  direction: 'ltr' | 'rtl';
}

/**
 * What the client's vocabulary (Amplify's I18n) says for the phrases Amplify UI shows, as message overrides; read
 * again when the language changes. The phrase table loads at once when the sign-in screen has a translation or
 * another screen comes first, else once the user starts (with the next screens): a page whose first screen is
 * untranslated shows it as it is, and an app with no vocabulary never re-renders for it.
 */
function useClientVocabulary(engine: AuthenticatorEngine | undefined, language: string): Partial<Dictionary> | undefined {
  const [vocabulary, setVocabulary] = useState<Partial<Dictionary> | undefined>(undefined);
  useEffect(() => {
    const client = engine?.client;
    if (engine === undefined || client?.translatePhrase === undefined) return;
    const lookup = (phrase: string): unknown => client.translatePhrase?.(phrase);
    let current = true;
    const load = () => {
      void import('../i18n/amplify-vocabulary.js').then(({ fromAmplifyLookup }) => {
        const words = fromAmplifyLookup(lookup);
        if (current) setVocabulary((shown) => (shown === undefined && Object.keys(words).length === 0 ? shown : words));
      });
    };
    const now = engine.getState().flow.route.name !== 'signIn' || translatesStartScreen(lookup);
    if (now) load();
    const stop = now ? undefined : engine.whenEngaged(load);
    return () => {
      current = false;
      stop?.();
    };
  }, [engine, language]);
  return vocabulary;
}

/** The language of the screens: the prop, else the browser's; its dictionary loads lazily. */
export function useLanguage(wanted: string | undefined, dictionary: DictionaryProp | undefined, engine?: AuthenticatorEngine): Language {
  const overrides = useOverrides(dictionary);
  const browserLanguage = useBrowserLanguage();
  const active = wanted ?? browserLanguage;
  const code = builtInLanguage(active);
  const dictionaries = useDictionaries(code);
  // Until its dictionary arrives the text is English, and so are lang and dir.
  const language = code !== undefined && code !== 'en' && dictionaries[code] === undefined ? 'en' : active;
  const vocabulary = useClientVocabulary(engine, active);
  const translate = useMemo(() => createTranslator(language, dictionaries, overrides, vocabulary), [language, dictionaries, overrides, vocabulary]);
  return useMemo(() => ({ translate, language, direction: directionOf(language) }), [translate, language]);
}
