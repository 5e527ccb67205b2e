import { ROLE_ZH } from './people-phrases';
import type { Language } from './language';
import { COMPLAINT_ERROR_MESSAGES } from '../complaints/error-messages';
import { DEFECT_ERROR_MESSAGES } from '../defects/error-messages';
import { FREQUENT_PROBLEM_ERROR_MESSAGES } from '../defects/frequent-problem-error-messages';
import { CONTRACTOR_ERROR_MESSAGES } from '../contractors/error-messages';
import { KEY_ERROR_MESSAGES } from '../keys/error-messages';
import { PROJECT_ERROR_MESSAGES } from '../projects/error-messages';
import { RISK_ERROR_MESSAGES } from '../risks/error-messages';
import { SUMMARY_ERROR_MESSAGES } from '../summaries/error-messages';
import { SURVEY_ERROR_MESSAGES } from '../survey/error-messages';
import { TIMELINE_ERROR_MESSAGES } from '../timeline/error-messages';
import { UNIT_HANDOVER_ERROR_MESSAGES } from '../unit-handover/error-messages';
import { NOTIFICATION_ERROR_MESSAGES } from '../notification-delivery/error-messages';
import { WARRANTY_ERROR_MESSAGES } from '../warranty/error-messages';
import { OWNER_SIGN_IN_ERROR_MESSAGES } from '../owner-sign-in/error-messages';
import { OWNER_DEFECT_ERROR_MESSAGES } from '../defects/owner-error-messages';
import { OWNER_DOCUMENT_ERROR_MESSAGES } from '../owner-documents/error-messages';
import { FIELD_ERROR_MESSAGES } from './field-error-messages';
import { SERVICE_ERROR_MESSAGES } from './service-error-messages';

export type ErrorParams = Record<string, string | number>;
type Render = (params: ErrorParams) => string;

/**
 * Every refusal's stable code with its sentence in each language. Clients switch on `code` and may render their own
 * text from `params`; `message` is this sentence in the caller's language.
 */
export const ERROR_MESSAGES = {
  // Generic codes of refusals that do not carry their own yet: the message is the refusal's own text.
  BAD_REQUEST: { 'zh-CN': () => '请求有误。', en: () => 'The request is not valid.' },
  UNAUTHORIZED: { 'zh-CN': () => '请先登录。', en: () => 'Sign in first.' },
  FORBIDDEN: { 'zh-CN': () => '您无权执行此操作。', en: () => 'You may not do this.' },
  NOT_FOUND: { 'zh-CN': () => '找不到该记录。', en: () => 'No such record.' },
  CONFLICT: { 'zh-CN': () => '该操作与当前状态冲突。', en: () => 'This conflicts with the current state.' },
  ROUTE_NOT_FOUND: {
    'zh-CN': (p) => `没有这个接口：${p.method} ${p.path}。`,
    en: (p) => `There is no endpoint ${p.method} ${p.path}.`,
  },
  INTERNAL_ERROR: {
    'zh-CN': () => '服务器内部出错，已记录，请稍后重试。',
    en: () => 'Something went wrong on our side; it has been logged.',
  },
  VALIDATION_FAILED: {
    'zh-CN': () => '请求中有字段不符合要求。',
    en: () => 'Some fields of the request are not valid.',
  },

  // Single values refused by a pipe or a service (a path parameter, a date that does not exist).
  VALUE_NOT_ALLOWED: {
    'zh-CN': (p) => `${p.field} 的取值须为以下之一：${p.allowed}。`,
    en: (p) => `${p.field} must be one of: ${p.allowed}`,
  },
  CALENDAR_DATE_INVALID: {
    'zh-CN': (p) => `${p.field} 的日期 ${p.date} 不存在，请填写真实的日期（YYYY-MM-DD）。`,
    en: (p) => `${p.field} ${p.date} is not a real calendar date.`,
  },

  // Hostile or malformed requests.
  MALFORMED_JSON: {
    'zh-CN': () => '请求体不是有效的 JSON，请检查格式。',
    en: () => 'The request body is not valid JSON.',
  },
  JSON_TOO_DEEP: {
    'zh-CN': (p) => `请求体嵌套过深：最多 ${p.maxDepth} 层。`,
    en: (p) => `The request body is nested too deeply: at most ${p.maxDepth} levels.`,
  },
  PAYLOAD_TOO_LARGE: {
    'zh-CN': (p) => `请求内容过大：此接口最多接受 ${p.limit}，请拆分后分批提交。`,
    en: (p) => `The request is too large: this endpoint accepts at most ${p.limit}; split it into smaller requests.`,
  },
  UNSUPPORTED_CHARSET: {
    'zh-CN': (p) => `不支持字符集 ${p.charset}：请以 UTF-8 编码发送。`,
    en: (p) => `The character set ${p.charset} is not supported: send UTF-8.`,
  },
  UNSUPPORTED_MEDIA_TYPE: {
    'zh-CN': (p) => `不支持内容类型 ${p.contentType}。`,
    en: (p) => `The content type ${p.contentType} is not supported.`,
  },
  UNSUPPORTED_CONTENT_ENCODING: {
    'zh-CN': (p) => `不支持内容编码 ${p.encoding}：请不压缩或使用 gzip。`,
    en: (p) => `The content encoding ${p.encoding} is not supported: send it uncompressed or gzip.`,
  },
  BODY_INCOMPLETE: {
    'zh-CN': () => '请求体未完整接收，请重新发送。',
    en: () => 'The request body did not arrive completely; send it again.',
  },
  JSON_ONLY: {
    'zh-CN': () => '此接口只接受 JSON：请使用 Content-Type: application/json。',
    en: () => 'This endpoint accepts JSON only: send Content-Type: application/json.',
  },
  TEXT_CONTAINS_NUL: {
    'zh-CN': (p) => `${p.field} 含有空字符（U+0000），请删除后重试。`,
    en: (p) => `${p.field} contains a NUL character (U+0000); remove it and try again.`,
  },

  // Signing in.
  SIGN_IN_FIRST: {
    'zh-CN': () => '请先登录：请求需带 "Authorization: Bearer <token>"。',
    en: () => 'Sign in first: send "Authorization: Bearer <token>".',
  },
  TOKEN_INVALID: {
    'zh-CN': () => '登录凭证无效或已过期，请重新登录。',
    en: () => 'Your token is invalid or has expired; sign in again.',
  },
  TOKEN_USER_GONE: {
    'zh-CN': () => '该登录凭证对应的用户已不存在。',
    en: () => 'The user of this token no longer exists.',
  },
  ROLE_NOT_ALLOWED: {
    'zh-CN': (p) =>
      `此操作需要以下角色之一：${String(p.roles)
        .split(', ')
        .map((role) => ROLE_ZH[role] ?? role)
        .join('、')}；您的角色是${ROLE_ZH[String(p.role)] ?? String(p.role)}。`,
    en: (p) => `This action needs one of the roles: ${p.roles}; you are ${p.role}.`,
  },

  // Projects: launch, assignments, the timeline's gates and postponements (the workflow's refusals).
  ...PROJECT_ERROR_MESSAGES,
  ...TIMELINE_ERROR_MESSAGES,
  PROJECT_NAME_TAKEN: {
    'zh-CN': (p) =>
      `${p.cityCompany} 已有名为「${p.name}」、批次「${p.batch}」的项目：请换一个批次名称，或请总部确认。`,
    en: (p) =>
      `${p.cityCompany} already has a project "${p.name}" batch "${p.batch}": choose another batch name or ask HQ.`,
  },

  // Database rules that surfaced as constraint errors.
  RECORD_EXISTS: { 'zh-CN': () => '该记录已存在。', en: () => 'This record already exists.' },
  RECORD_REFERENCED: {
    'zh-CN': () => '所引用的记录不存在或仍在使用中。',
    en: () => 'A record this refers to does not exist or is still in use.',
  },
  RULE_VIOLATED: { 'zh-CN': () => '某个值违反了该记录的规则。', en: () => 'A value breaks a rule of the record.' },
  VALUE_OUT_OF_RANGE: {
    'zh-CN': () => '某个数值或日期超出了允许的范围。',
    en: () => 'A number, text or date is outside the range that can be stored.',
  },
  VALUE_FORMAT: { 'zh-CN': () => '某个值的格式不正确。', en: () => 'A value has the wrong format.' },
  CONCURRENT_CHANGE: {
    'zh-CN': () => '同一时间有其他修改，请重试。',
    en: () => 'Another change happened at the same moment; please try again.',
  },

  // Defect photos.
  PHOTO_FILE_MISSING: {
    'zh-CN': () => '请以 multipart/form-data 上传照片，字段名为 "file"。',
    en: () => 'Send the photo as multipart/form-data in the field "file".',
  },
  PHOTO_NOT_AN_IMAGE: {
    'zh-CN': () =>
      '该文件不是可识别的 JPEG、PNG 或 WebP 照片（可能已损坏、未传完整或是其他格式），请重新拍照或另存为 JPEG 后再上传。',
    en: () =>
      'This file is not a readable JPEG, PNG or WebP photo (it may be damaged, cut short or another format); take the photo again or save it as JPEG and upload that.',
  },
  PHOTO_TOO_LARGE: {
    'zh-CN': (p) => `照片过大：每张最多 ${p.limit}，请压缩或降低分辨率后再上传。`,
    en: (p) =>
      `The photo is too large: at most ${p.limit} each; compress it or lower the resolution and upload it again.`,
  },
  PHOTO_TOO_MANY_PIXELS: {
    'zh-CN': (p) => `照片像素过多：最多 ${p.megapixels} 百万像素，请降低分辨率后再上传。`,
    en: (p) =>
      `The photo has too many pixels: at most ${p.megapixels} megapixels; lower the resolution and upload it again.`,
  },

  // The per-unit handover flow (分户交付), key custody (钥匙保管) and the field work around them: units and their CSV
  // import, appointments, fee settings, briefings, cases, users. Each catalogue lives beside the rule it words.
  ...UNIT_HANDOVER_ERROR_MESSAGES,
  ...NOTIFICATION_ERROR_MESSAGES,
  ...KEY_ERROR_MESSAGES,
  ...FIELD_ERROR_MESSAGES,
  ...SERVICE_ERROR_MESSAGES,

  // The records of the project: defects (问题项), complaints (投诉), the risk self-check (交付风险自查) and the gates
  // resting on it, the contractors who fix defects (施工单位), the satisfaction survey (满意度调查), the handover summary (交付总结).
  ...DEFECT_ERROR_MESSAGES,
  ...FREQUENT_PROBLEM_ERROR_MESSAGES,
  ...CONTRACTOR_ERROR_MESSAGES,
  ...COMPLAINT_ERROR_MESSAGES,
  ...RISK_ERROR_MESSAGES,
  ...SURVEY_ERROR_MESSAGES,
  ...SUMMARY_ERROR_MESSAGES,
  // warranty after handover (保修单)
  ...WARRANTY_ERROR_MESSAGES,
  // owners signing in with their phone number and a one-time code (业主验证码登录)
  ...OWNER_SIGN_IN_ERROR_MESSAGES,
  ...OWNER_DEFECT_ERROR_MESSAGES,
  // the owner's signatures and the handover documents' PDFs (签字确认)
  ...OWNER_DOCUMENT_ERROR_MESSAGES,
} satisfies Record<string, Record<Language, Render>>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_MESSAGES, value);
}

/** The sentence of `code` in `language`. */
export function renderErrorMessage(code: ErrorCode, params: ErrorParams, language: Language): string {
  return ERROR_MESSAGES[code][language](params);
}
