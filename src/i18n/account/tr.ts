import { accountEn, type AccountDictionary } from './en.js';

export const accountTr: AccountDictionary = { ...accountEn };
