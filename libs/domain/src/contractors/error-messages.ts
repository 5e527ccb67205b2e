import type { ErrorParams } from '../errors/error-messages';
import type { Language } from '../errors/language';
import { callerEn, callerZh } from '../errors/people-phrases';

type Render = (params: ErrorParams) => string;

/**
 * The refusals of contractors (施工单位) and their side of a defect: the company, its projects, accepting, proving a
 * fix with a photo, disputing, and the developer's rulings (verify, reopen, decide a dispute).
 */
export const CONTRACTOR_ERROR_MESSAGES = {
  CONTRACTOR_COMPANY_NOT_FOUND: {
    'zh-CN': (p) => `找不到施工单位（${p.companyId}），请刷新后重试。`,
    en: (p) => `No contractor company ${p.companyId}.`,
  },
  CONTRACTOR_COMPANY_NAME_TAKEN: {
    'zh-CN': (p) => `已有名为“${p.name}”的施工单位，请直接选用它。`,
    en: (p) => `A contractor company named "${p.name}" already exists; choose it instead.`,
  },
  CONTRACTOR_COMPANY_NOT_ON_PROJECT: {
    'zh-CN': (p) => `施工单位（${p.companyId}）尚未加入本项目，请先在项目设置中把它加入项目。`,
    en: (p) => `Contractor company ${p.companyId} does not work on this project; add it to the project first.`,
  },
  CONTRACTOR_COMPANY_REQUIRED: {
    'zh-CN': () => '施工单位账号必须选择所属施工单位（contractorCompanyId）。',
    en: () => 'A contractor user needs the company they work for (contractorCompanyId).',
  },
  CONTRACTOR_COMPANY_NOT_ALLOWED: {
    'zh-CN': () => '只有施工单位账号才属于施工单位；其他角色请不要填写 contractorCompanyId。',
    en: () => 'Only contractor users belong to a contractor company; leave contractorCompanyId out for other roles.',
  },
  CONTRACTORS_FORBIDDEN: {
    'zh-CN': (p) => `施工单位由项目负责人或系统管理员加入项目；您是${callerZh(p)}。`,
    en: (p) => `Contractor companies are added to a project by its lead or an admin; you are ${callerEn(p)}.`,
  },
  DEFECT_SLA_FORBIDDEN: {
    'zh-CN': (p) => `整改时限由项目负责人或系统管理员设置；您是${callerZh(p)}。`,
    en: (p) => `The days to fix are set by the project lead or an admin; you are ${callerEn(p)}.`,
  },
  DEFECT_ASSIGNEE_REQUIRED: {
    'zh-CN': () => '派单时请选择施工单位（contractorCompanyId）或填写责任方（responsibleParty）。',
    en: () => 'Assign the defect to a contractor company (contractorCompanyId) or name the responsible party.',
  },
  DEFECT_FIX_PHOTO_REQUIRED: {
    'zh-CN': (p) =>
      `标记“已整改”前请先上传至少一张整改后照片（POST …/defects/${p.defectId}/photos?stage=after），以便验收时核对。`,
    en: (p) =>
      `Upload at least one photo of the fix first (POST …/defects/${p.defectId}/photos?stage=after), then mark it fixed.`,
  },
  DEFECT_CONTRACTOR_ONLY: {
    'zh-CN': () => '接单和提出异议由被派单的施工单位操作。',
    en: () => 'Accepting and disputing a defect is for the contractor company it is assigned to.',
  },
  DEFECT_RULING_FORBIDDEN: {
    'zh-CN': (p) => `验收、退回整改和异议裁定由项目负责人或本项目的工程、物业负责人操作；您是${callerZh(p)}。`,
    en: (p) =>
      `Verifying, reopening and ruling on disputes is for the project lead or an assigned engineering or property head; you are ${callerEn(p)}.`,
  },
  DEFECT_DISPUTE_SAME_COMPANY: {
    'zh-CN': () => '异议成立改派时，请选择另一家施工单位；维持原单位整改请选择“异议不成立”。',
    en: () =>
      'To uphold a dispute by reassigning, choose another company; to keep the same company, reject the dispute.',
  },
} satisfies Record<string, Record<Language, Render>>;
