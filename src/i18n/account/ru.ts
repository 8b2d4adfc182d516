import { accountEn, type AccountDictionary } from './en.js';

export const accountRu: AccountDictionary = { ...accountEn };
