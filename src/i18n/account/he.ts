import { accountEn, type AccountDictionary } from './en.js';

export const accountHe: AccountDictionary = { ...accountEn };
