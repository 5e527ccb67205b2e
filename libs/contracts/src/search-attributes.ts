import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/** Registered on the dev server by scripts/lib/search-attributes.js; keep both lists in sync. */
export const searchAttributeKeys = {
  projectId: defineSearchAttributeKey('HandoverProjectId', SearchAttributeType.KEYWORD),
  cityCompany: defineSearchAttributeKey('CityCompany', SearchAttributeType.KEYWORD),
  phase: defineSearchAttributeKey('HandoverPhase', SearchAttributeType.KEYWORD),
  atRisk: defineSearchAttributeKey('HandoverAtRisk', SearchAttributeType.BOOL),
};

/**
 * temporal.api.enums.v1.IndexedValueType by the SDK's type names: what the operator API speaks when the worker
 * registers the search attributes and the API's readiness checks them.
 */
export const INDEXED_VALUE_TYPES: Readonly<Record<string, number>> = Object.freeze({
  TEXT: 1,
  KEYWORD: 2,
  INT: 3,
  DOUBLE: 4,
  BOOL: 5,
  DATETIME: 6,
  KEYWORD_LIST: 7,
});
