import { errorMessageKey } from '../core/error-messages.js';
import { enLater } from '../i18n/en-later.js';
import type { LaterWords } from './errors.js';

/** The words of what comes after a call, loaded with the actions and the account center, not the first screen. */
export const laterWords: LaterWords = { messageKey: errorMessageKey, english: enLater };
