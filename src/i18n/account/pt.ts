import { accountEn, type AccountDictionary } from './en.js';

export const accountPt: AccountDictionary = { ...accountEn };
