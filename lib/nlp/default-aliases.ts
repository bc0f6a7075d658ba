import data from '../../data/aliases.json';
import { AliasBook, type AliasData } from './aliases';

/** The alias book built from data/aliases.json, shared by every caller in one context. */
export const defaultAliases = new AliasBook(data as AliasData);
