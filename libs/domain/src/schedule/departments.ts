/** 部门: 工程, 设计, 营销/销售, 客服, 物业, 财务, 成本/采购 */
export type Department = 'engineering' | 'design' | 'sales' | 'customer_service' | 'property' | 'finance' | 'cost';

export const DEPARTMENTS: readonly Department[] = Object.freeze([
  'engineering',
  'design',
  'sales',
  'customer_service',
  'property',
  'finance',
  'cost',
] as const);

/** who signs a milestone gate: a department head, the project lead, or HQ */
export type ApprovalParty = Department | 'project_lead' | 'hq';

/** How messages name a signing party: "customer service", "project lead", "hq". */
export function partyLabel(party: ApprovalParty | string): string {
  return party.replace('_', ' ');
}
