import { accountEn, type AccountDictionary } from './en.js';

export const accountZh: AccountDictionary = { ...accountEn };
