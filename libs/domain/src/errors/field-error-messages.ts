import type { ErrorParams } from './error-messages';
import type { Language } from './language';
import { departmentZh, ROLE_ZH } from './people-phrases';

type Render = (params: ErrorParams) => string;

/** 'the finance department head' / 'a project lead of another project' / 'HQ (read-only here)' */
function recorderEn(p: ErrorParams): string {
  switch (p.role) {
    case 'department_head':
      return `the ${p.department} department head`;
    case 'project_lead':
      return 'a project lead of another project';
    default:
      return p.role === 'hq' ? 'HQ (read-only here)' : 'an admin (read-only here)';
  }
}

function recorderZh(p: ErrorParams): string {
  switch (p.role) {
    case 'department_head':
      return `${departmentZh(p.department)}负责人`;
    case 'project_lead':
      return '其他项目的项目负责人';
    default:
      return p.role === 'hq' ? '总部（此处只能查看）' : '系统管理员（此处只能查看）';
  }
}

/** `writers`: 'any department' or the departments, comma-separated. */
const writersEn = (p: ErrorParams): string =>
  p.writers === 'any department'
    ? 'the project lead or a department head assigned to the project'
    : `the project lead or the ${String(p.writers).split(',').join(' or ')} department head`;
const writersZh = (p: ErrorParams): string =>
  p.writers === 'any department'
    ? '项目负责人或本项目的部门负责人'
    : `项目负责人或${String(p.writers).split(',').map(departmentZh).join('、')}负责人`;

const APPOINTMENT_KIND: Record<string, { en: string; zh: string }> = {
  open_day: { en: 'owner open day (业主开放日)', zh: '业主开放日' },
  handover: { en: 'handover (交付)', zh: '交付' },
};
const CASE_SOURCE_ZH: Record<string, string> = { defect: '缺陷', complaint: '投诉' };
const caseSourceZh = (kind: unknown): string => CASE_SOURCE_ZH[String(kind)] ?? String(kind);

/** The columns of the unit list (户清单) as its refusals name them. */
const UNIT_LIST_COLUMNS: Record<string, { en: string; zh: string }> = {
  building: { en: 'building (楼栋)', zh: '楼栋' },
  unit: { en: 'unit (单元)', zh: '单元' },
  room: { en: 'room (房号)', zh: '房号' },
  ownerName: { en: 'owner name (业主姓名)', zh: '业主姓名' },
  ownerPhone: { en: 'owner phone (业主电话)', zh: '业主电话' },
  contractedArea: { en: 'contracted area (合同面积)', zh: '合同面积' },
  surveyedArea: { en: 'surveyed area (实测面积)', zh: '实测面积' },
  pricePerSqm: { en: 'price per m² (单价)', zh: '单价' },
  fitOut: { en: 'fit-out (精装/毛坯)', zh: '精装/毛坯' },
};
const columnEn = (column: unknown): string => UNIT_LIST_COLUMNS[String(column)]?.en ?? String(column);
const columnZh = (column: unknown): string => UNIT_LIST_COLUMNS[String(column)]?.zh ?? String(column);
const ALL_COLUMNS_EN = Object.values(UNIT_LIST_COLUMNS)
  .map((label) => label.en)
  .join(', ');
const ALL_COLUMNS_ZH = Object.values(UNIT_LIST_COLUMNS)
  .map((label) => label.zh)
  .join('、');

/**
 * Refusals of the field work around the handover (分户交付) itself: units and their CSV import, appointments, the key
 * ledger's registrations, fee settings, daily briefings, cases and users.
 */
export const FIELD_ERROR_MESSAGES = {
  // Who records field facts (handover steps, payments, keys): `action` / `actionZh` name what was attempted.
  FIELD_RECORD_FORBIDDEN: {
    'zh-CN': (p) => `「${p.actionZh}」须由${writersZh(p)}登记；您是${recorderZh(p)}。`,
    en: (p) => `${p.action} is recorded by ${writersEn(p)}; you are ${recorderEn(p)}.`,
  },

  // Units.
  UNIT_NOT_FOUND: {
    'zh-CN': (p) => `本项目中没有该房屋（${p.unitId}），请刷新后重试。`,
    en: (p) =>
      p.projectId === undefined
        ? `No unit ${p.unitId} in this project.`
        : `Project ${p.projectId} has no unit ${p.unitId}.`,
  },
  UNIT_BUSY: {
    'zh-CN': () => '该房屋正被其他人同时办理，请稍后刷新再试。',
    en: (p) => `Unit ${p.unitId} is being changed by others at this moment; refresh and try again shortly.`,
  },
  UNIT_NOT_IN_PROJECT: {
    'zh-CN': (p) => `该房屋（${p.unitId}）不属于本项目，请核对后重试。`,
    en: (p) => `Unit ${p.unitId} is not a unit of this project.`,
  },
  CSV_CONTENT_TYPE: {
    'zh-CN': () => '请将房屋清单作为请求体上传，并使用 Content-Type: text/csv。',
    en: () => 'Send the unit list as the request body with Content-Type: text/csv.',
  },
  CSV_TOO_LARGE: {
    'zh-CN': (p) => `CSV 文件超过 ${p.limit}，请拆分为几个文件分批导入。`,
    en: (p) => `The CSV file is larger than ${p.limit}; split it into several imports.`,
  },
  CSV_NOT_UTF8: {
    'zh-CN': () => '请以 UTF-8 编码上传 CSV（Content-Type: text/csv; charset=utf-8）；Excel 中可“另存为 CSV UTF-8”。',
    en: () => 'Send the CSV as UTF-8 (Content-Type: text/csv; charset=utf-8).',
  },
  CSV_INCOMPLETE: {
    'zh-CN': () => 'CSV 文件未完整接收，请重新上传。',
    en: () => 'The CSV body could not be read completely; send the file again.',
  },
  // The unit list uploaded as a file (POST .../units/import-file): .xlsx, or CSV in UTF-8 (with or without BOM) or
  // GBK / GB18030. Refusals of the file as a whole, before any row is read.
  UNIT_FILE_MISSING: {
    'zh-CN': () => '请选择房屋清单文件（.xlsx 或 .csv），以表单字段 file 上传（multipart/form-data）。',
    en: () => 'Upload the unit list (.xlsx or .csv) as the form field "file" of a multipart/form-data request.',
  },
  UNIT_FILE_UPLOAD_INVALID: {
    'zh-CN': () => '文件未能完整上传：请只上传一个文件（表单字段 file）后重试。',
    en: () => 'The upload could not be read: send exactly one file, as the form field "file", and try again.',
  },
  UNIT_FILE_TOO_LARGE: {
    'zh-CN': (p) => `文件超过 ${p.limit}，请拆分为几个文件分批导入。`,
    en: (p) => `The file is larger than ${p.limit}; split it into several imports.`,
  },
  UNIT_FILE_XLS_OLD: {
    'zh-CN': () =>
      '这是旧版 Excel 97–2003 工作簿（.xls），无法读取：请在 Excel 中“另存为 Excel 工作簿（.xlsx）”后上传。',
    en: () =>
      'This is an old Excel 97–2003 workbook (.xls); save it in Excel as "Excel Workbook (.xlsx)" and upload that.',
  },
  UNIT_FILE_MACRO: {
    'zh-CN': () => '这是含宏的工作簿（.xlsm），出于安全原因不予读取：请“另存为 Excel 工作簿（.xlsx）”后上传。',
    en: () =>
      'This workbook contains macros (.xlsm) and is not read; save it as "Excel Workbook (.xlsx)" and upload that.',
  },
  UNIT_FILE_NOT_SPREADSHEET: {
    'zh-CN': () => '该文件既不是 Excel 工作簿（.xlsx），也不是 CSV 文本：请上传房屋清单的 .xlsx 或 .csv 文件。',
    en: () => 'This file is neither an Excel workbook (.xlsx) nor CSV text; upload the unit list as .xlsx or .csv.',
  },
  UNIT_FILE_XLSX_UNREADABLE: {
    'zh-CN': () => '无法读取该 Excel 工作簿（可能已损坏或未传完整）：请在 Excel 中重新保存后再上传。',
    en: () =>
      'The Excel workbook could not be read (it may be damaged or cut short); save it again in Excel and upload it.',
  },
  // `format`: 'xlsx' (the first worksheet's first row) or 'csv' (read as UTF-8 and as GBK / GB18030, neither fits)
  UNIT_FILE_HEADERS_NOT_FOUND: {
    'zh-CN': (p) =>
      `${p.format === 'xlsx' ? '工作簿第一张工作表的第一行' : '文件第一行（按 UTF-8 和 GBK 编码均已尝试）'}不是房屋清单的表头：应为 ${ALL_COLUMNS_ZH}。请核对文件，或另存为 .xlsx 或“CSV UTF-8”后上传。`,
    en: (p) =>
      `${p.format === 'xlsx' ? "The first row of the workbook's first sheet" : 'The first row of the file (read as UTF-8 and as GBK)'} is not the header of a unit list: it should name the columns ${ALL_COLUMNS_EN}. Check the file, or save it as .xlsx or "CSV UTF-8" and upload that.`,
  },
  UNIT_IMPORT_REJECTED: {
    'zh-CN': (p) =>
      `未导入任何房屋：文件中 ${p.rows} 行共有 ${p.problems} 处问题。请逐条修改后重新上传整个文件。${Number(p.shown) > 0 ? `下方只列出前 ${p.shown} 处。` : ''}`,
    en: (p) =>
      `Nothing was imported: the file has ${p.problems} problem${p.problems === 1 ? '' : 's'} in ${p.rows} row${p.rows === 1 ? '' : 's'}. Fix them and upload the whole file again.${Number(p.shown) > 0 ? ` The first ${p.shown} are listed.` : ''}`,
  },
  // Problems of a unit list (户清单) row or of the whole file, listed in a UNIT_IMPORT_REJECTED refusal. `column` is
  // the column's key (building, ownerPhone, ...), `value` the text found in the cell.
  UNIT_CSV_QUOTE_NOT_CLOSED: {
    'zh-CN': () => '有一个引号没有闭合：请检查本行或之前各行的双引号（"）。',
    en: () => 'A quoted value is never closed: check the double quotes (") on this line or before it.',
  },
  UNIT_CSV_UNREADABLE: {
    'zh-CN': () => '此处内容无法按 CSV 读取：请重新另存为 CSV（UTF-8，逗号分隔）。',
    en: () => 'The file is not readable as CSV here; save it again as CSV (UTF-8, comma-separated).',
  },
  UNIT_CSV_EMPTY: {
    'zh-CN': () => '文件是空的：需要一行表头，以及每户一行。',
    en: () => 'The file is empty: it needs a header row and one row per unit.',
  },
  UNIT_CSV_NO_UNITS: {
    'zh-CN': () => '文件只有表头，下面没有房屋。',
    en: () => 'The file has a header row but no units below it.',
  },
  UNIT_CSV_TOO_MANY_ROWS: {
    'zh-CN': (p) => `文件中有 ${p.count} 户，每次最多导入 ${p.max} 户，请拆分后分批导入。`,
    en: (p) => `The file has ${p.count} units; import at most ${p.max} at a time.`,
  },
  UNIT_CSV_UNKNOWN_COLUMN: {
    'zh-CN': (p) => `无法识别第 ${p.position} 列「${p.header}」；可用的列为：${ALL_COLUMNS_ZH}。`,
    en: (p) => `Unknown column "${p.header}" (column ${p.position}); the columns are: ${ALL_COLUMNS_EN}.`,
  },
  UNIT_CSV_COLUMN_TWICE: {
    'zh-CN': (p) => `「${columnZh(p.column)}」列出现了两次（第 ${p.first} 列和第 ${p.second} 列），请删去其中一列。`,
    en: (p) => `The ${columnEn(p.column)} column appears twice (columns ${p.first} and ${p.second}).`,
  },
  UNIT_CSV_COLUMN_MISSING: {
    'zh-CN': (p) => `缺少「${columnZh(p.column)}」列：请添加该列，表头写作「${p.name1}」或「${p.name2}」。`,
    en: (p) => `The ${columnEn(p.column)} column is missing; name it "${p.name1}" or "${p.name2}".`,
  },
  UNIT_CSV_COLUMN_COUNT: {
    'zh-CN': (p) => `本行有 ${p.values} 个值，而表头有 ${p.columns} 列：请检查是否少了或多了逗号。`,
    en: (p) =>
      `The row has ${p.values} values but the header has ${p.columns} columns; check for a missing or extra comma.`,
  },
  UNIT_CSV_LISTED_TWICE: {
    'zh-CN': (p) => `${p.unit} 重复出现：第 ${p.firstRow} 行已有该户。`,
    en: (p) => `Unit ${p.unit} is listed twice: it is already on row ${p.firstRow}.`,
  },
  UNIT_CSV_UNIT_EXISTS: {
    'zh-CN': (p) => `${p.unit} 已在本项目中，请从文件中删去该行。`,
    en: (p) => `Unit ${p.unit} already exists in this project.`,
  },
  UNIT_CSV_VALUE_EMPTY: {
    'zh-CN': (p) => `「${columnZh(p.column)}」为空：每户都必须填写。`,
    en: (p) => `The ${columnEn(p.column)} is empty; every unit needs one.`,
  },
  UNIT_CSV_VALUE_TOO_LONG: {
    'zh-CN': (p) => `「${columnZh(p.column)}」超过 ${p.max} 个字符，请缩短。`,
    en: (p) => `The ${columnEn(p.column)} is longer than ${p.max} characters.`,
  },
  UNIT_CSV_PHONE_INVALID: {
    'zh-CN': () =>
      '业主电话既不是大陆手机号（11 位，以 13–19 开头），也不是带区号的固定电话（如 0571-88886666），请核对。',
    en: () =>
      'The owner phone is not a mainland mobile number (11 digits, 13…–19…) or a landline with area code such as 0571-88886666.',
  },
  UNIT_CSV_AREA_EMPTY: {
    'zh-CN': (p) => `「${columnZh(p.column)}」为空：请填写平方米数，最多 2 位小数，如 89.57。`,
    en: (p) => `The ${columnEn(p.column)} is empty; give it in m² with at most 2 decimals, e.g. 89.57.`,
  },
  UNIT_CSV_AREA_INVALID: {
    'zh-CN': (p) =>
      `「${columnZh(p.column)}」的值「${p.value}」不是有效的平方米数：须为正数，最多 2 位小数，如 89.57。`,
    en: (p) =>
      `The ${columnEn(p.column)} "${p.value}" is not a positive number of m² with at most 2 decimals, e.g. 89.57.`,
  },
  UNIT_CSV_AREA_NOT_POSITIVE: {
    'zh-CN': (p) => `「${columnZh(p.column)}」必须大于 0 平方米。`,
    en: (p) => `The ${columnEn(p.column)} must be greater than 0 m².`,
  },
  UNIT_CSV_AREA_TOO_LARGE: {
    'zh-CN': (p) => `「${columnZh(p.column)}」的值「${p.value}」过大：请以平方米为单位填写。`,
    en: (p) => `The ${columnEn(p.column)} "${p.value}" is too large; give it in m².`,
  },
  UNIT_CSV_PRICE_EMPTY: {
    'zh-CN': () => '「单价」为空：请填写每平方米的元数，如 25000 或 25000.50。',
    en: () => `The ${columnEn('pricePerSqm')} is empty; give it in yuan per m², e.g. 25000 or 25000.50.`,
  },
  UNIT_CSV_PRICE_NOT_POSITIVE: {
    'zh-CN': () => '「单价」必须大于 0 元。',
    en: () => `The ${columnEn('pricePerSqm')} must be greater than 0 yuan.`,
  },
  UNIT_CSV_PRICE_INVALID: {
    'zh-CN': (p) => `「单价」的值「${p.value}」不是有效金额：须为正数的元数，最多 2 位小数，如 25000.50。`,
    en: (p) =>
      `The ${columnEn('pricePerSqm')} "${p.value}" is not a positive amount in yuan with at most 2 decimals, e.g. 25000.50.`,
  },
  UNIT_CSV_FIT_OUT_EMPTY: {
    'zh-CN': () => '「精装/毛坯」为空：请填写“精装”或“毛坯”。',
    en: () => `The ${columnEn('fitOut')} is empty; write 精装 or 毛坯 (fitted or shell).`,
  },
  UNIT_CSV_FIT_OUT_INVALID: {
    'zh-CN': (p) => `「精装/毛坯」的值「${p.value}」无效：请填写“精装”或“毛坯”。`,
    en: (p) => `The ${columnEn('fitOut')} "${p.value}" is not 精装 or 毛坯 (fitted or shell).`,
  },
  UNITS_IMPORTED_CONCURRENTLY: {
    'zh-CN': () => '有人在同一时间向本项目添加了其中部分房屋，本次未导入任何房屋。请重新上传文件，查看是哪些房屋。',
    en: () =>
      'Some of these units were added to the project at the same moment by someone else; nothing was imported. Upload the file again to see which.',
  },

  // The key ledger (钥匙台账).
  KEY_LABELS_REPEATED: {
    'zh-CN': (p) => `每把钥匙的编号不能重复；重复的编号：${p.labels}。`,
    en: (p) => `Each key needs its own label; repeated: ${p.labels}.`,
  },
  KEY_NEEDS_UNIT: {
    'zh-CN': () => '入户门钥匙和信报箱钥匙属于具体房屋，请指定所属房屋（unitId）。',
    en: () => 'Unit-door and mailbox keys belong to a unit: give unitId.',
  },
  KEY_LABELS_TAKEN: {
    'zh-CN': (p) => `以下钥匙编号已在本项目的钥匙台账中：${p.labels}；请换用其他编号。`,
    en: (p) => `These key labels are already in the project's key ledger: ${p.labels}.`,
  },
  KEYS_NOT_FOUND: {
    'zh-CN': (p) => `本项目中找不到以下钥匙：${p.keyIds}，请刷新后重试。`,
    en: (p) => `No keys ${p.keyIds} in this project.`,
  },
  KEY_NOT_FOUND: {
    'zh-CN': (p) => `本项目中找不到该钥匙（${p.keyId}），请刷新后重试。`,
    en: (p) => `No key ${p.keyId} in this project.`,
  },
  KEY_CHANGED_CONCURRENTLY: {
    'zh-CN': (p) => `钥匙 ${p.key} 在同一时间已被他人办理，请刷新后重试。`,
    en: (p) => `Key ${p.key} changed hands at the same moment; reload and try again.`,
  },

  // Fee settings (收费标准).
  FEES_NEED_FEE_SETTINGS: {
    'zh-CN': (p) => `无法登记缴费：本项目尚未设置收费标准，请先设置（PUT /projects/${p.projectId}/fee-settings）。`,
    en: (p) =>
      `Cannot record fees paid: the project has no fee settings yet; set them with PUT /projects/${p.projectId}/fee-settings.`,
  },
  FEE_SETTINGS_NOT_SET: {
    'zh-CN': (p) => `本项目尚未设置收费标准，请先设置（PUT /projects/${p.projectId}/fee-settings）。`,
    en: (p) => `The project has no fee settings yet; set them with PUT /projects/${p.projectId}/fee-settings.`,
  },

  FEE_AMOUNT_INVALID: {
    'zh-CN': (p) => `${p.field} 的金额「${p.value}」无效：请填写以元为单位的金额，最多 2 位小数，如 3.50。`,
    en: (p) => `${p.field}: ${p.reason}`,
  },

  // Appointments (预约).
  SLOT_ENDS_BEFORE_START: {
    'zh-CN': () => '时段的结束时间（endsAt）须晚于开始时间（startsAt）。',
    en: () => 'endsAt must be after startsAt: a time slot ends after it starts.',
  },
  SLOT_NOT_FOUND: {
    'zh-CN': (p) => `本项目中找不到该预约时段（${p.slotId}），请刷新后重试。`,
    en: (p) => `Project ${p.projectId} has no time slot ${p.slotId}.`,
  },
  SLOT_ENDED: {
    'zh-CN': (p) => `该时段已于 ${p.endsAt} 结束，请预约之后的时段。`,
    en: (p) => `This time slot ended at ${p.endsAt}; book a later one.`,
  },
  SLOT_FULL: {
    'zh-CN': (p) => `该时段已约满（共 ${p.capacity} 个名额），请选择其他时段。`,
    en: (p) => `This time slot is full (capacity ${p.capacity}).`,
  },
  APPOINTMENT_UNIT_HANDED_OVER: {
    'zh-CN': (p) => `${p.unit} 已交付完成，无需预约交付。`,
    en: (p) => `Unit ${p.unit} has already been handed over; it needs no handover appointment.`,
  },
  UNIT_ALREADY_BOOKED: {
    'zh-CN': (p) => `${p.unit} 已有一条有效的${APPOINTMENT_KIND[p.kind]?.zh ?? p.kind}预约；如需改约，请先取消该预约。`,
    en: (p) =>
      `Unit ${p.unit} already has an active ${APPOINTMENT_KIND[p.kind]?.en ?? p.kind} booking; cancel it before booking another time slot.`,
  },
  APPOINTMENT_BOOKED_CONCURRENTLY: {
    'zh-CN': () => '该户在同一时间已被预约到同类的另一个时段；如需改约，请先取消那条预约。',
    en: () => 'This unit was booked into another time slot of this kind at the same moment; cancel that booking first.',
  },
  BOOKING_NOT_FOUND: {
    'zh-CN': (p) => `本项目中找不到该预约（${p.bookingId}），请刷新后重试。`,
    en: (p) => `Project ${p.projectId} has no booking ${p.bookingId}.`,
  },
  BOOKING_ALREADY_CANCELLED: {
    'zh-CN': () => '该预约已取消，无需重复取消。',
    en: () => 'This booking is already cancelled.',
  },
  BOOKING_MOVE_SAME_SLOT: {
    'zh-CN': () => '该预约已在这个时段，无需改约。',
    en: () => 'The booking is already in this time slot.',
  },
  BOOKING_MOVE_OTHER_KIND: {
    'zh-CN': (p) =>
      `改约只能改到同类时段（${APPOINTMENT_KIND[p.kind]?.zh ?? p.kind}）；如需其他类型的预约，请另行预约。`,
    en: (p) => `A booking can move only to a time slot of the same kind (${APPOINTMENT_KIND[p.kind]?.en ?? p.kind}).`,
  },
  HANDOVER_NOTICE_NOT_SET: {
    'zh-CN': (p) =>
      `本项目尚未设置交付通知书的交付地点和携带材料，请在设置中填写（PUT /projects/${p.projectId}/handover-notice）。`,
    en: (p) =>
      `The project has no handover place and checklist yet; set them with PUT /projects/${p.projectId}/handover-notice.`,
  },
  APPOINTMENTS_FORBIDDEN: {
    'zh-CN': (p) => `预约由项目负责人或本项目的客服负责人管理；您是${departmentZh(p.department)}负责人。`,
    en: (p) =>
      `Only the project lead or the customer-service (客服) head assigned to the project manages appointments; you are the ${p.department} department head.`,
  },

  // Date ranges of lists (daily briefings, HQ handover rate).
  DATE_RANGE_REVERSED: {
    'zh-CN': () => '开始日期（from）不能晚于结束日期（to）。',
    en: () => 'from must not be after to.',
  },
  DATE_RANGE_TOO_LONG: {
    'zh-CN': (p) => `每次最多查询 ${p.maxDays} 天，请缩小日期范围。`,
    en: (p) => `Ask for at most ${p.maxDays} days at a time.`,
  },

  // Daily briefings (日报).
  BRIEFING_NOT_FOUND: {
    'zh-CN': (p) => `本项目 ${p.date} 的日报尚未生成：日报在当天晚上自动生成，也可以手动重新生成。`,
    en: (p) =>
      `There is no briefing of this project for ${p.date} yet: it is generated in the evening of that day, or on request (regenerate).`,
  },
  BRIEFING_WEBHOOKS_NONE: {
    'zh-CN': () => '本项目还没有配置快报机器人：请先添加企业微信或钉钉群机器人并保存，再发送测试消息。',
    en: () => 'This project has no briefing robot yet: add a WeChat Work or DingTalk group robot and save it first.',
  },
  BRIEFING_WEBHOOK_NOT_FOUND: {
    'zh-CN': (p) => `本项目没有这个快报机器人（${p.webhookId}）：它可能已被删除，请刷新后重试。`,
    en: (p) => `This project has no briefing robot ${p.webhookId}; it may have been removed.`,
  },
  BRIEFING_DAY_NOT_BEGUN: {
    'zh-CN': (p) => `按项目时区 ${p.timeZone}，${p.date} 还未开始（今天是 ${p.today}）；日报只能为已开始的日期生成。`,
    en: (p) =>
      `${p.date} has not begun yet in ${p.timeZone} (today is ${p.today}); a briefing covers a day that has started.`,
  },

  // Cases (案例).
  CASE_PROMOTION_FORBIDDEN: {
    'zh-CN': (p) =>
      `只有项目负责人、工程/设计/客服负责人或总部可以把记录升级为案例；您是${p.role === 'department_head' ? `${departmentZh(p.department)}负责人` : (ROLE_ZH[p.role] ?? p.role)}。`,
    en: (p) =>
      `Cases are promoted by project leads, the engineering, design or customer service heads, or HQ; you are ${p.role === 'department_head' ? `the ${p.department} head` : p.role}.`,
  },
  CASE_SOURCE_NOT_FOUND: {
    'zh-CN': (p) => `项目中找不到该${caseSourceZh(p.recordKind)}（${p.recordId}），请刷新后重试。`,
    en: (p) => `No ${p.recordKind} ${p.recordId} in project ${p.projectId}.`,
  },
  CASE_EXISTS: {
    'zh-CN': (p) => `该${caseSourceZh(p.recordKind)}已升级为案例 ${p.caseId}；每条记录只能升级为一个案例。`,
    en: (p) => `This ${p.recordKind} is already case ${p.caseId}; a record becomes one case.`,
  },
  CASE_NOT_FOUND: {
    'zh-CN': (p) => `找不到该案例（${p.caseId}）。`,
    en: (p) => `No case ${p.caseId}.`,
  },

  // Users.
  DEPARTMENT_REQUIRED: {
    'zh-CN': () => '部门负责人须指定所属部门。',
    en: () => 'A department head needs a department.',
  },
  DEPARTMENT_NOT_ALLOWED: {
    'zh-CN': () => '只有部门负责人才有所属部门，请去掉部门。',
    en: () => 'Only a department head has a department.',
  },
  USER_NOT_FOUND: {
    'zh-CN': (p) => `找不到该用户（${p.userId}）。`,
    en: (p) => `No user ${p.userId}.`,
  },
} satisfies Record<string, Record<Language, Render>>;
