import { ERROR_MESSAGES, renderErrorMessage, type ErrorCode, type ErrorParams } from './error-messages';
import { LANGUAGES } from './language';

/**
 * Plausible values of the params the catalogue names; any other param reads as `<name>`, so a sentence that names
 * a param its refusal does not send, or looks a value up in a table it is missing from, shows 'undefined'.
 */
const SAMPLE: ErrorParams = {
  method: 'GET',
  path: '/projects/x',
  maxDepth: 16,
  limit: '256 KB',
  charset: 'latin1',
  contentType: 'text/plain',
  encoding: 'br',
  field: 'name',
  roles: 'project_lead, hq',
  role: 'department_head',
  department: 'finance',
  cityCompany: '苏州城市公司',
  name: '湖畔花园',
  batch: '一期',
  megapixels: 40,
  step: 'fees_paid',
  state: 'inspected',
  missingStep: 'area_settled',
  action: 'lend',
  required: 'property',
  count: 2,
  key1: '3-1-101-门',
  holder1: 'contractor',
  state1: 'with_contractor',
  key2: '3-1-102-门',
  holder2: 'property',
  state2: 'on_loan',
  borrower2: '王师傅',
  key: '3-1-101-门',
  holder: 'property',
  borrower: '王师傅',
  letterNo: 'WT-001',
  presented: 'WT-002',
  unit: '3栋1单元101',
  openLoan: 1,
  openEntrustment: 0,
  writers: 'finance,property',
  actionZh: '缴费',
  unitId: 'u-1',
  projectId: 'p-1',
  problems: 3,
  rows: 2,
  shown: 0,
  labels: '3-1-101-门, 3-1-102-门',
  keyIds: 'k-1, k-2',
  keyId: 'k-1',
  slotId: 's-1',
  endsAt: '2026-05-01T10:00:00.000Z',
  capacity: 4,
  kind: 'handover',
  bookingId: 'b-1',
  maxDays: 92,
  date: '2026-05-01',
  timeZone: 'Asia/Shanghai',
  today: '2026-04-30',
  recordKind: 'defect',
  recordId: 'd-1',
  caseId: 'c-1',
  userId: 'user-1',
  column: 'contractedArea',
  value: '89.5x',
  header: '电话号码',
  position: 5,
  first: 6,
  second: 7,
  name1: 'surveyedArea',
  name2: '实测面积',
  values: 10,
  columns: 9,
  firstRow: 2,
  max: 20000,
};

const sample = new Proxy(SAMPLE, {
  get: (target, name) => (typeof name === 'string' && !(name in target) ? `<${name}>` : Reflect.get(target, name)),
});

describe('ERROR_MESSAGES', () => {
  const codes = Object.keys(ERROR_MESSAGES) as ErrorCode[];

  it.each(codes)('%s has a sentence in every language, with every part filled in', (code) => {
    for (const language of LANGUAGES) {
      const sentence = renderErrorMessage(code, sample, language);
      expect(sentence.trim()).not.toBe('');
      expect(sentence).not.toMatch(/undefined|null|NaN|\[object Object\]/);
      if (language === 'zh-CN') expect(sentence).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('renders a step out of order from its parts, step names in the language of the sentence', () => {
    const params = { step: 'keys_handed_over', state: 'fees_paid', missingStep: 'inspected' };
    expect(renderErrorMessage('HANDOVER_STEP_OUT_OF_ORDER', params, 'en')).toBe(
      'Cannot record keys handed over: the unit has not been inspected yet (inspection comes before handover, 先验房后交付).',
    );
    expect(renderErrorMessage('HANDOVER_STEP_OUT_OF_ORDER', params, 'zh-CN')).toBe(
      '无法登记「钥匙交接」：该户尚未验房，请先验房（先验房后交付）。',
    );
  });

  it('lists each refused key of a bulk move where it is', () => {
    const params = {
      action: 'transfer',
      required: 'contractor',
      count: 2,
      key1: '3-1-101-门',
      holder1: 'property',
      state1: 'with_property',
      key2: '3-1-102-门',
      holder2: 'property',
      state2: 'on_loan',
      borrower2: '王师傅',
    };
    expect(renderErrorMessage('KEYS_NOT_HELD', params, 'en')).toBe(
      'some keys are not with the general contractor (总包): 3-1-101-门 is with the property company (物业); 3-1-102-门 is on loan to 王师傅.',
    );
    expect(renderErrorMessage('KEYS_NOT_HELD', params, 'zh-CN')).toBe(
      '有 2 把钥匙不在总包处：3-1-101-门 在物业处；3-1-102-门 已借给 王师傅。请核对钥匙台账后再办理。',
    );
  });
});
