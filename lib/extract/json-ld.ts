/**
 * A page's JSON-LD: the structured data (schema.org) that names a news article, its headline, date and author.
 * It is metadata, not script, so it is read where scripts are dropped.
 */
const JSON_LD_TYPE = 'application/ld+json';

/** The page's JSON-LD blocks. */
export const JSON_LD = `script[type="${JSON_LD_TYPE}"]`;
/** Every script but JSON-LD. */
export const SCRIPT_NOT_JSON_LD = `script:not([type="${JSON_LD_TYPE}"])`;
