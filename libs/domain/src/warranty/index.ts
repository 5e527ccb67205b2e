export * from './periods';
export * from './lifecycle';
export * from './visits';
export { WARRANTY_ERROR_MESSAGES } from './error-messages';
