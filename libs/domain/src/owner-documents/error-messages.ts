import type { ErrorParams } from '../errors/error-messages';
import type { Language } from '../errors/language';

type Render = (params: ErrorParams) => string;

const DOCUMENT_NAMES: Record<string, { zh: string; en: string }> = {
  inspection_record: { zh: '验房单', en: 'inspection record' },
  handover_confirmation: { zh: '收楼确认书', en: 'handover confirmation' },
};
const zh = (p: ErrorParams) => DOCUMENT_NAMES[String(p.document)]?.zh ?? '该文件';
const en = (p: ErrorParams) => DOCUMENT_NAMES[String(p.document)]?.en ?? 'document';

/** The refusals of 签字确认 (the owner signs the 验房单 and 收楼确认书) and of the handover documents' PDFs. */
export const OWNER_DOCUMENT_ERROR_MESSAGES = {
  OWNER_SIGNATURE_NOT_YET: {
    'zh-CN': (p) => `${zh(p)}需在“${p.after === 'keys_handed_over' ? '钥匙交接' : '验房'}”完成后签字，目前还不能签。`,
    en: (p) =>
      `The ${en(p)} can be signed once the ${p.after === 'keys_handed_over' ? 'keys are handed over' : 'inspection is done'}; not yet.`,
  },
  OWNER_SIGNATURE_CLOSED: {
    'zh-CN': (p) => `该房屋已拒收，无法签署${zh(p)}。`,
    en: (p) => `The handover of this home was refused; the ${en(p)} cannot be signed.`,
  },
  OWNER_SIGNATURE_ALREADY: {
    'zh-CN': (p) => `${zh(p)}已签字，不能重复签字。`,
    en: (p) => `The ${en(p)} is already signed.`,
  },
  OWNER_SIGNATURE_BAD_IMAGE: {
    'zh-CN': (p) => `签名图片无效：需为不超过 ${p.maxKb} KB 的 PNG 图片。`,
    en: (p) => `The signature must be a PNG image of at most ${p.maxKb} KB.`,
  },
  OWNER_DOCUMENT_NOT_SIGNED: {
    'zh-CN': (p) => `${zh(p)}尚未签字，暂无文件可下载。`,
    en: (p) => `The ${en(p)} is not signed yet; there is nothing to download.`,
  },
  BUILDING_NOT_FOUND: {
    'zh-CN': (p) => `本项目没有楼栋“${p.building}”。`,
    en: (p) => `This project has no building “${p.building}”.`,
  },
} satisfies Record<string, Record<Language, Render>>;
