export * from './entities';
export * from './data-source';
export { migrations } from './migrations';
export * from './queries';
export * from './repositories';
