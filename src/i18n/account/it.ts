import { accountEn, type AccountDictionary } from './en.js';

export const accountIt: AccountDictionary = { ...accountEn };
