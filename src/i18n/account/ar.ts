import { accountEn, type AccountDictionary } from './en.js';

export const accountAr: AccountDictionary = { ...accountEn };
