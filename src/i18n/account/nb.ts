import { accountEn, type AccountDictionary } from './en.js';

export const accountNb: AccountDictionary = { ...accountEn };
