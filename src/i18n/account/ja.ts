import { accountEn, type AccountDictionary } from './en.js';

export const accountJa: AccountDictionary = { ...accountEn };
