export * from './rational';
export * from './survey-analysis';
