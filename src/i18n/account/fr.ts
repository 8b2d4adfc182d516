import { accountEn, type AccountDictionary } from './en.js';

export const accountFr: AccountDictionary = { ...accountEn };
