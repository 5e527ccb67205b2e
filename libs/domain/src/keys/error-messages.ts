import type { ErrorParams } from '../errors/error-messages';
import type { Language } from '../errors/language';
import { KEY_CUSTODY_HOLDER, type KeyCustodyState, type KeyHolder } from './custody';

type Render = (params: ErrorParams) => string;

const HOLDER_PHRASE: Record<KeyHolder, string> = {
  contractor: 'with the general contractor (总包)',
  property: 'with the property company (物业)',
  owner: 'with the owner (业主)',
};

const HOLDER_ZH: Record<KeyHolder, string> = { contractor: '总包', property: '物业', owner: '业主' };

/** 'with the property company (物业)' */
export function holderPhrase(holder: unknown): string {
  return HOLDER_PHRASE[holder as KeyHolder] ?? `with ${String(holder)}`;
}

/** '物业' */
function holderZh(holder: unknown): string {
  return HOLDER_ZH[holder as KeyHolder] ?? String(holder);
}

/**
 * The keys of a refused bulk move as numbered params: `count`, then for each i from 1 `key<i>` (label),
 * `holder<i>`, `state<i>` and, where they apply, `letterNo<i>` and `borrower<i>`.
 */
function refusedKeys(
  p: ErrorParams,
): { label: string; holder: unknown; state: unknown; letterNo: unknown; borrower: unknown }[] {
  const count = Number(p.count) || 0;
  return Array.from({ length: count }, (_, index) => ({
    label: String(p[`key${index + 1}`]),
    holder: p[`holder${index + 1}`],
    state: p[`state${index + 1}`],
    letterNo: p[`letterNo${index + 1}`],
    borrower: p[`borrower${index + 1}`],
  }));
}

/** Where a refused key is: its holder, or, when it is with the required holder after all, what keeps it there. */
function whereItIs(key: ReturnType<typeof refusedKeys>[number], required: unknown): string {
  if (KEY_CUSTODY_HOLDER[key.state as KeyCustodyState] !== required) return holderPhrase(key.holder);
  if (key.state === 'entrusted')
    return `${holderPhrase(key.holder)} under entrustment letter ${key.letterNo} (钥匙委托书)`;
  return `on loan to ${key.borrower}`;
}

function whereItIsZh(key: ReturnType<typeof refusedKeys>[number], required: unknown): string {
  if (KEY_CUSTODY_HOLDER[key.state as KeyCustodyState] !== required) return `在${holderZh(key.holder)}处`;
  if (key.state === 'entrusted') return `按钥匙委托书 ${key.letterNo} 由${holderZh(key.holder)}代业主保管`;
  return `已借给 ${key.borrower}`;
}

const OPEN_RECORDS = (p: ErrorParams, loan: string, entrustment: string, and: string): string =>
  [p.openLoan ? loan : null, p.openEntrustment ? entrustment : null].filter((record) => record !== null).join(and);

/**
 * The refusals of key custody (钥匙保管), rendered from their params: `key` (the label), `holder` (where it is),
 * `state`, `borrower`, `letterNo`, `presented`, `unit` (a unit's address), `required` (where a bulk move needs them).
 */
export const KEY_ERROR_MESSAGES = {
  KEYS_NOT_HELD: {
    'zh-CN': (p) => {
      const keys = refusedKeys(p);
      const list = keys.map((key) => `${key.label} ${whereItIsZh(key, p.required)}`).join('；');
      const reason = `有 ${keys.length} 把钥匙不在${holderZh(p.required)}处：${list}。请核对钥匙台账后再办理。`;
      return p.unit === undefined ? reason : `无法为 ${p.unit} 交接钥匙：${reason}`;
    },
    en: (p) => {
      const keys = refusedKeys(p);
      const list = keys.map((key) => `${key.label} is ${whereItIs(key, p.required)}`).join('; ');
      const reason = `${keys.length === 1 ? 'a key is' : 'some keys are'} not ${holderPhrase(p.required)}: ${list}.`;
      return p.unit === undefined ? reason : `Cannot hand over the keys of ${p.unit}: ${reason}`;
    },
  },
  KEY_NOT_HELD: {
    'zh-CN': (p) =>
      `钥匙 ${p.key} 目前在${holderZh(p.holder)}处；${p.action === 'lend' ? '只有物业保管的钥匙才能借出' : '只有已交给业主的钥匙才能办理委托保管'}。`,
    en: (p) =>
      `Key ${p.key} is ${holderPhrase(p.holder)}; ${p.action === 'lend' ? 'only keys held by the property company can be lent' : "only an owner's key can be entrusted"}.`,
  },
  KEY_ALREADY_ON_LOAN: {
    'zh-CN': (p) => `钥匙 ${p.key} 已借给 ${p.borrower}，请先归还，再重新借出。`,
    en: (p) => `Key ${p.key} is already on loan to ${p.borrower}; it must be returned before it is lent again.`,
  },
  KEY_NOT_ON_LOAN: {
    'zh-CN': (p) => `钥匙 ${p.key} 未借出，目前在${holderZh(p.holder)}处，无需归还。`,
    en: (p) => `Key ${p.key} is not on loan; it is ${holderPhrase(p.holder)}.`,
  },
  KEY_NO_OPEN_ENTRUSTMENT: {
    'zh-CN': (p) => `钥匙 ${p.key} 没有未结的钥匙委托书，无法退还业主；请核对钥匙台账。`,
    en: (p) => `Key ${p.key} has no open entrustment letter (钥匙委托书).`,
  },
  KEY_ENTRUSTMENT_LETTER_MISMATCH: {
    'zh-CN': (p) => `钥匙 ${p.key} 是按钥匙委托书 ${p.letterNo} 委托保管的，不是 ${p.presented}；请核对委托书编号。`,
    en: (p) => `Key ${p.key} was left under entrustment letter ${p.letterNo}, not ${p.presented}.`,
  },
  KEY_ENTRUSTED_ON_LOAN: {
    'zh-CN': (p) => `钥匙 ${p.key} 已借出，请先归还物业，再退还业主。`,
    en: (p) => `Key ${p.key} is on loan; it must be returned to the property company first.`,
  },
  UNIT_HAS_NO_KEYS: {
    'zh-CN': (p) => `无法为 ${p.unit} 交接钥匙：钥匙台账中没有该户的钥匙，请先登记钥匙。`,
    en: (p) =>
      `Cannot hand over the keys of ${p.unit}: the unit has no keys in the key ledger (钥匙台账); register them first.`,
  },
  KEY_CUSTODY_INCONSISTENT: {
    'zh-CN': (p) => {
      const open = OPEN_RECORDS(p, '未归还的借用记录', '未结的钥匙委托书', '和');
      return `钥匙 ${p.key} 的台账记录不一致：保管方为${holderZh(p.holder)}${open ? `，却有${open}` : ''}。请联系系统管理员核查。`;
    },
    en: (p) => {
      const open = OPEN_RECORDS(p, 'an open loan', 'an open entrustment letter', ' and ');
      return `Key ${p.key} has an inconsistent ledger record: held by ${String(p.holder)}${open ? ` with ${open}` : ''}.`;
    },
  },
} satisfies Record<string, Record<Language, Render>>;

export type KeyErrorCode = keyof typeof KEY_ERROR_MESSAGES;
