import { accountEn, type AccountDictionary } from './en.js';

export const accountNl: AccountDictionary = { ...accountEn };
