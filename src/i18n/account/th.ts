import { accountEn, type AccountDictionary } from './en.js';

export const accountTh: AccountDictionary = { ...accountEn };
