import { accountEn, type AccountDictionary } from './en.js';

export const accountEs: AccountDictionary = { ...accountEn };
