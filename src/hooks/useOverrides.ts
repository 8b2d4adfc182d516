import { useEffect, useMemo, useState } from 'react';
import { isAmplifyShaped, isMessageKey } from '../i18n/amplify-shape.js';
import type { Dictionary } from '../i18n/en.js';
import type { DictionaryOverrides, DictionaryProp } from '../i18n/translate.js';

/** Only the message keys of a dictionary: what applies before (or without) the phrase table. */
function keysOnly(dictionary: Readonly<Record<string, string | undefined>>): Partial<Dictionary> {
  return Object.fromEntries(Object.entries(dictionary).filter(([key]) => isMessageKey(key)));
}

/**
 * The `dictionary` prop as Gatehouse's overrides. A language given Amplify UI's way, keyed by English phrases
 * (`{ fr: { 'Sign In': 'Se connecter' } }`), is converted by the phrase table, which loads only then; its
 * message keys apply meanwhile.
 */
export function useOverrides(dictionary: DictionaryProp | undefined): DictionaryOverrides | undefined {
  const shaped = useMemo(() => Object.values(dictionary ?? {}).some((language) => language !== undefined && isAmplifyShaped(language)), [dictionary]);
  const [converted, setConverted] = useState<{ from: DictionaryProp; to: DictionaryOverrides } | undefined>(undefined);
  useEffect(() => {
    if (!shaped || dictionary === undefined) return;
    let current = true;
    void import('../i18n/amplify-vocabulary.js').then(({ fromAmplifyVocabulary }) => {
      const to = Object.fromEntries(Object.entries(dictionary).map(([language, words]) => [language, words === undefined ? {} : fromAmplifyVocabulary(words)]));
      if (current) setConverted({ from: dictionary, to });
    });
    return () => {
      current = false;
    };
  }, [dictionary, shaped]);
  return useMemo(() => {
    if (dictionary === undefined || !shaped) return dictionary;
    if (converted?.from === dictionary) return converted.to;
    return Object.fromEntries(Object.entries(dictionary).map(([language, words]) => [language, words === undefined ? {} : keysOnly(words)]));
  }, [dictionary, shaped, converted]);
}
