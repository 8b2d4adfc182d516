import { createAmplifyAuthClient } from '../../src/amplify.js';
import type { AuthClient } from '../../src/index.js';
import type { LocalAuthClient } from '../../src/local.js';

/** The local pool for the calls, with the Amplify adapter's vocabulary: what Amplify's I18n holds reaches the screens. */
export function withAmplifyVocabulary(client: LocalAuthClient): AuthClient {
  const amplify = createAmplifyAuthClient();
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === 'translatePhrase') return (phrase: string) => amplify.translatePhrase?.(phrase);
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
