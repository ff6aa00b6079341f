// kg/model: public re-exports of the shared types and errors.
export type * from './types.js';
export * from './errors.js';
export * from './palette.js';
