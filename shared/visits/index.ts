export * from './days';
export * from './plan-generator';
export * from './priority';
export * from './types';
export { DEFAULT_TIER_POLICIES, TIER_ORDER } from './default-policies';
export * from './opening-week';
