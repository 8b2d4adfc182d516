import { accountEn, type AccountDictionary } from './en.js';

export const accountDe: AccountDictionary = { ...accountEn };
