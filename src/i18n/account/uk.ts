import { accountEn, type AccountDictionary } from './en.js';

export const accountUk: AccountDictionary = { ...accountEn };
