import { COMPLAINT_ERROR_MESSAGES } from '../complaints/error-messages';
import { DEFECT_ERROR_MESSAGES } from '../defects/error-messages';
import { KEY_ERROR_MESSAGES } from '../keys/error-messages';
import { PROJECT_ERROR_MESSAGES } from '../projects/error-messages';
import { RISK_ERROR_MESSAGES } from '../risks/error-messages';
import { SUMMARY_ERROR_MESSAGES } from '../summaries/error-messages';
import { SURVEY_ERROR_MESSAGES } from '../survey/error-messages';
import { TIMELINE_ERROR_MESSAGES } from '../timeline/error-messages';
import { UNIT_HANDOVER_ERROR_MESSAGES } from '../unit-handover/error-messages';
import { ERROR_MESSAGES, renderErrorMessage, type ErrorCode, type ErrorParams } from './error-messages';
import { FIELD_ERROR_MESSAGES } from './field-error-messages';
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
  defectId: 'd-1',
  target: 'verified',
  allowed: 'assigned,fixed,cannot_fix',
  photoId: 'ph-1',
  complaintId: 'cp-1',
  riskId: 'r-1',
  itemDepartment: 'engineering',
  byArea: 'A: 1, C: 2',
  open: 1,
  assigned: 0,
  fixed: 2,
  responses: 3,
  duplicates: 'dim-1',
  unknown: 'dim-9',
  missing: '房屋质量, 服务态度',
  sections: 'lessonsLearned,recommendations',
  status: 'submitted',
  milestone: 'openDay',
  caller: 'department_head',
  parties: 'customer_service,project_lead',
  party: 'customer_service',
  phases: 'riskSelfCheck,unitInspection',
  firstHandoverDate: '2026-06-10',
  planProblems: 'transfer_offset,offset_order',
  waivable: 1,
  detail: 'The property transfer is planned 10 days before the first handover day.',
  requestId: 'pp-1',
  reason: "Invalid amount in yuan '3.5.0': expected a decimal number such as 1234.56.",
  userIds: 'user-2, user-3',
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

  it('has each code in one catalogue only: a catalogue spread in later would silently replace a sentence', () => {
    const catalogues = [
      UNIT_HANDOVER_ERROR_MESSAGES,
      KEY_ERROR_MESSAGES,
      FIELD_ERROR_MESSAGES,
      DEFECT_ERROR_MESSAGES,
      COMPLAINT_ERROR_MESSAGES,
      RISK_ERROR_MESSAGES,
      SURVEY_ERROR_MESSAGES,
      SUMMARY_ERROR_MESSAGES,
      PROJECT_ERROR_MESSAGES,
      TIMELINE_ERROR_MESSAGES,
    ];
    const codes = catalogues.flatMap((catalogue) => Object.keys(catalogue));
    expect(codes.filter((code, index) => codes.indexOf(code) !== index)).toEqual([]);
    for (const catalogue of catalogues)
      for (const [code, sentences] of Object.entries(catalogue))
        expect(ERROR_MESSAGES[code as ErrorCode]).toBe(sentences);
  });

  it('renders a refused defect action with the statuses in Chinese, the English as before', () => {
    const params = { defectId: 'd-1', status: 'open', target: 'verified', allowed: 'assigned,fixed,cannot_fix' };
    expect(renderErrorMessage('DEFECT_STATUS_TRANSITION', params, 'en')).toBe(
      'Defect d-1 is open and cannot become verified; allowed next: assigned, fixed, cannot_fix.',
    );
    expect(renderErrorMessage('DEFECT_STATUS_TRANSITION', params, 'zh-CN')).toBe(
      '该问题项当前为「待处理」，不能改为「已验收」；当前可以改为：已派单、已整改、无法整改。',
    );
    expect(renderErrorMessage('DEFECT_STATUS_TRANSITION', { ...params, status: 'verified', allowed: '' }, 'en')).toBe(
      'Defect d-1 is verified and cannot become verified; it is closed, nothing may follow.',
    );
  });

  it('counts the open in-unit quality defects of a gate by status, leaving out the statuses with none', () => {
    const params = { count: 3, open: 1, fixed: 2 };
    expect(renderErrorMessage('GATE_DEFECTS_OPEN', params, 'en')).toBe(
      '3 in-unit quality defects are still open (open: 1, fixed awaiting verification: 2); fix and verify each, or defer it to a committed date, before this gate can close.',
    );
    expect(renderErrorMessage('GATE_DEFECTS_OPEN', params, 'zh-CN')).toBe(
      '还有 3 项户内质量问题未关闭（待处理 1 项、已整改待验收 2 项）；请逐项整改并验收，或延期至承诺完成日期后，再关闭该节点。',
    );
    expect(renderErrorMessage('GATE_RISKS_UNDECIDED', { count: 1, byArea: 'C: 1' }, 'en')).toMatch(
      /^1 risk item is still undecided \(C: 1\)/,
    );
  });

  it('words a gate the caller does not sign by who they are, the signers named in each language', () => {
    const params = { milestone: 'openDay', caller: 'project_lead', parties: 'customer_service,project_lead' };
    expect(renderErrorMessage('GATE_NOT_A_SIGNER', params, 'en')).toBe(
      'The project lead does not sign the owner open day (业主开放日) gate; it is signed by: customer service, project lead.',
    );
    expect(renderErrorMessage('GATE_NOT_A_SIGNER', { ...params, caller: 'admin' }, 'en')).toBe(
      'Admins do not sign gates; the owner open day (业主开放日) gate is signed by: customer service, project lead.',
    );
    expect(
      renderErrorMessage(
        'GATE_NOT_A_SIGNER',
        { ...params, caller: 'department_head', department: 'engineering' },
        'zh-CN',
      ),
    ).toBe('工程部门不参与「业主开放日」节点的审批；该节点由客服、项目负责人审批。');
  });

  it('lists the missing narrative sections of a summary in the order of the form', () => {
    const params = { sections: 'focusPoints,recommendations' };
    expect(renderErrorMessage('SUMMARY_NARRATIVE_MISSING', params, 'en')).toBe(
      'Write the focus points (关注重点), recommendations (建议) before submitting the summary.',
    );
    expect(renderErrorMessage('SUMMARY_NARRATIVE_MISSING', params, 'zh-CN')).toBe(
      '请先填写「关注重点」「建议」，再提交交付总结。',
    );
  });
});
