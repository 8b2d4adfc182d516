import { errorMessageKey } from '../core/error-messages.js';
import { enErrors } from '../i18n/en-errors.js';
import type { ErrorCatalog } from './errors.js';

/** What names a failure in words, loaded with the actions and the account center rather than the first screen. */
export const errorCatalog: ErrorCatalog = { messageKey: errorMessageKey, english: enErrors };
