import { accountEn, type AccountDictionary } from './en.js';

export const accountKo: AccountDictionary = { ...accountEn };
