import { accountEn, type AccountDictionary } from './en.js';

export const accountHu: AccountDictionary = { ...accountEn };
