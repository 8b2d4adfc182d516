import { accountEn, type AccountDictionary } from './en.js';

export const accountSv: AccountDictionary = { ...accountEn };
