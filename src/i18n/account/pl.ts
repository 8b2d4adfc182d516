import { accountEn, type AccountDictionary } from './en.js';

export const accountPl: AccountDictionary = { ...accountEn };
