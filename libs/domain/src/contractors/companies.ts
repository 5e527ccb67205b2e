/**
 * Contractor companies (施工单位): the general contractor (总包) and the trade subcontractors (分包) who fix defects.
 * A contractor user belongs to one company and sees the defects assigned to it, in the projects it is assigned to.
 */
export const CONTRACTOR_COMPANY_KINDS = [
  /** 总包 */
  'general_contractor',
  /** 防水 */
  'waterproofing',
  /** 门窗 */
  'doors_windows',
  /** 给排水 */
  'plumbing',
  /** 电气 */
  'electrical',
  /** 精装修 */
  'decoration',
  /** 土建 */
  'civil',
  /** 暖通 */
  'hvac',
  /** 电梯 */
  'elevator',
  /** 园林景观 */
  'landscaping',
  'other',
] as const;
export type ContractorCompanyKind = (typeof CONTRACTOR_COMPANY_KINDS)[number];

export const CONTRACTOR_COMPANY_KIND_ZH: Readonly<Record<ContractorCompanyKind, string>> = Object.freeze({
  general_contractor: '总包',
  waterproofing: '防水分包',
  doors_windows: '门窗分包',
  plumbing: '给排水分包',
  electrical: '电气分包',
  decoration: '精装修分包',
  civil: '土建分包',
  hvac: '暖通分包',
  elevator: '电梯分包',
  landscaping: '园林景观分包',
  other: '其他分包',
});
