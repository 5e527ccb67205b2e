import type { ErrorParams } from '../errors/error-messages';
import type { Language } from '../errors/language';
import { callerEn, callerZh } from '../errors/people-phrases';

type Render = (params: ErrorParams) => string;

/** 问题项 statuses as the console names them. */
const DEFECT_STATUS_ZH: Record<string, string> = {
  open: '待处理',
  assigned: '已派单',
  fixed: '已整改',
  verified: '已验收',
  cannot_fix: '无法整改',
  disputed: '施工单位有异议',
  dismissed: '不予整改',
};
const statusZh = (status: unknown): string => DEFECT_STATUS_ZH[String(status)] ?? String(status);

/** `allowed`: the statuses that may follow, comma-separated; empty when none may. */
const allowedOf = (p: ErrorParams): string[] => (p.allowed ? String(p.allowed).split(',') : []);

/**
 * The refusals of defects (问题项): who changes them, where they are, and their lifecycle (open → assigned → fixed →
 * verified, or cannot fix). Params: `defectId`, `status` (the defect's), `target` (the status refused), `allowed`.
 */
export const DEFECT_ERROR_MESSAGES = {
  DEFECTS_FORBIDDEN: {
    'zh-CN': (p) => `问题项由项目负责人或本项目的工程、客服负责人处理；您是${callerZh(p)}。`,
    en: (p) =>
      `Defects are changed by the project lead or an assigned engineering or customer service head; you are ${callerEn(p)}.`,
  },
  DEFECT_LOCATION_REQUIRED: {
    'zh-CN': () =>
      '请二选一：户内问题填写所属房屋（unitId），公共区域问题填写公共区域（publicArea），不能都填，也不能都不填。',
    en: () =>
      'Give either unitId (a defect in a unit) or publicArea (a defect in a public area), not both and not neither.',
  },
  DEFECT_NOT_FOUND: {
    'zh-CN': (p) => `本项目中找不到该问题项（${p.defectId}），请刷新后重试。`,
    en: (p) => `No defect ${p.defectId} in this project.`,
  },
  DEFECT_PHOTO_NOT_FOUND: {
    'zh-CN': (p) => `该问题项下找不到这张照片（${p.photoId}），请刷新后重试。`,
    en: (p) => `No photo ${p.photoId} of this defect.`,
  },
  DEFECT_STATUS_TRANSITION: {
    'zh-CN': (p) => {
      const allowed = allowedOf(p);
      const next =
        allowed.length > 0 ? `当前可以改为：${allowed.map(statusZh).join('、')}` : '该问题项已关闭，不能再变更';
      return `该问题项当前为「${statusZh(p.status)}」，不能改为「${statusZh(p.target)}」；${next}。`;
    },
    en: (p) => {
      const allowed = allowedOf(p);
      const next = allowed.length > 0 ? `allowed next: ${allowed.join(', ')}` : 'it is closed, nothing may follow';
      return `Defect ${p.defectId} is ${p.status} and cannot become ${p.target}; ${next}.`;
    },
  },
  DEFECT_OWNER_REPLY_REQUIRED: {
    'zh-CN': (p) =>
      `该问题项属于非质量问题，须先答复业主（POST /projects/${p.projectId}/defects/${p.defectId}/reply-to-owner），再关闭。`,
    en: (p) =>
      `Defect ${p.defectId} is a non-quality item: reply to the owner first (POST /projects/${p.projectId}/defects/${p.defectId}/reply-to-owner), then close it.`,
  },
  DEFECT_NOT_DEFERRABLE: {
    'zh-CN': (p) =>
      `该问题项当前为「${statusZh(p.status)}」；只有待处理、已派单或已整改（待验收）的问题项才能延期整改。`,
    en: (p) => `Defect ${p.defectId} is ${p.status}; only an open, assigned or fixed defect can be deferred.`,
  },
} satisfies Record<string, Record<Language, Render>>;
