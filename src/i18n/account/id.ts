import { accountEn, type AccountDictionary } from './en.js';

export const accountId: AccountDictionary = { ...accountEn };
