import type { ErrorParams } from '../errors/error-messages';
import type { Language } from '../errors/language';

type Render = (params: ErrorParams) => string;

/** The refusals of the owner app's 我的问题 and 异议 (the owner's own unit, its defects and objections). */
export const OWNER_DEFECT_ERROR_MESSAGES = {
  OWNER_DEFECT_NOT_AWAITING_OWNER: {
    'zh-CN': () => '该问题目前不是“已整改待确认”状态，无法确认或反馈未整改。',
    en: () => 'This issue is not waiting for your confirmation of a fix; it cannot be confirmed or refused now.',
  },
  OWNER_DEFECT_REFUSAL_PHOTO_REQUIRED: {
    'zh-CN': () => '反馈未整改时，请至少上传一张现场照片。',
    en: () => 'Add at least one photo when you report that the issue is not fixed.',
  },
  OWNER_DEFECT_TOO_MANY_PHOTOS: {
    'zh-CN': (p) => `一次最多上传 ${p.max} 张照片。`,
    en: (p) => `At most ${p.max} photos at a time.`,
  },
  OWNER_ISSUE_AFTER_HANDOVER: {
    'zh-CN': () => '房屋已交付，新问题请通过报修提交。',
    en: () => 'Your home has been handed over; report new problems as a repair request.',
  },
} satisfies Record<string, Record<Language, Render>>;
