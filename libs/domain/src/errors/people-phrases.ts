import type { ErrorParams } from './error-messages';

/** 部门 in Chinese; an unknown value is shown as it is. */
const DEPARTMENT_ZH: Record<string, string> = {
  engineering: '工程',
  design: '设计',
  sales: '营销',
  customer_service: '客服',
  property: '物业',
  finance: '财务',
  cost: '成本',
};
export const departmentZh = (department: unknown): string => DEPARTMENT_ZH[String(department)] ?? String(department);

export const ROLE_ZH: Record<string, string> = {
  project_lead: '项目负责人',
  hq: '总部',
  admin: '系统管理员',
  department_head: '部门负责人',
  contractor: '施工单位',
};

/** A signing party (部门, 项目负责人 or 总部) in Chinese. */
export const partyZh = (party: unknown): string => ROLE_ZH[String(party)] ?? departmentZh(party);

/** The caller of a refusal (params `role`, `department`) in English: `the engineering head`, or the role. */
export const callerEn = (p: ErrorParams): string =>
  p.role === 'department_head' ? `the ${p.department} head` : String(p.role);

/** The caller of a refusal (params `role`, `department`) in Chinese: 工程负责人, 总部, 系统管理员. */
export const callerZh = (p: ErrorParams): string =>
  p.role === 'department_head' ? `${departmentZh(p.department)}负责人` : (ROLE_ZH[String(p.role)] ?? String(p.role));
