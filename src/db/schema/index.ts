/**
 * The database schema, one file per area; every table and enum is exported from here, so code imports
 * `db/schema` whatever file defines it. drizzle-kit reads this folder (drizzle.config.ts).
 */
export * from './common';
export * from './directory';
export * from './documents';
export * from './follows';
export * from './hardening';
export * from './lessons';
export * from './mail';
export * from './matrix';
export * from './matrix-views';
export * from './meetings';
export * from './mesas';
export * from './programme';
export * from './wheel';
