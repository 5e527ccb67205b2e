import { HttpStatus } from '@nestjs/common';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { ApiError } from '../common/api-error';
import { knownHeaderCount, parseUnitCsv, parseUnitTable, type UnitCsvResult, type UnitTableRow } from './unit-csv';

/**
 * The unit list (户清单) uploaded as a file: an Excel workbook (.xlsx, its first worksheet) or a CSV file in UTF-8,
 * UTF-8 with BOM or GBK / GB18030 (what Excel on a Chinese Windows writes for "CSV (逗号分隔)"). The kind of file is
 * read from its bytes, not from its name or the browser's media type; the rows go through the same checks as the
 * text/csv import. Refusals of the whole file are ApiErrors with UNIT_FILE_* codes.
 */

export type UnitFileFormat = 'xlsx' | 'csv';
/** How a CSV file was decoded; null for a workbook (its text is Unicode by definition). */
export type UnitFileEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | null;

export interface UnitFileResult extends UnitCsvResult {
  format: UnitFileFormat;
  encoding: UnitFileEncoding;
}

/** ZIP local file header: every .xlsx (and .xlsm, .docx, ...) starts with it. */
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** OLE compound document: Excel 97–2003 .xls (also old .doc). */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export async function readUnitFile(file: Buffer): Promise<UnitFileResult> {
  if (file.subarray(0, OLE_MAGIC.length).equals(OLE_MAGIC)) {
    throw new ApiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'UNIT_FILE_XLS_OLD');
  }
  if (file.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) {
    return { ...(await readWorkbook(file)), format: 'xlsx', encoding: null };
  }
  const { text, encoding } = decodeCsv(file);
  return { ...parseUnitCsv(text), format: 'csv', encoding };
}

/**
 * UTF-8 when the bytes are valid UTF-8 (a BOM, if any, dropped), else GB18030 (a superset of GBK and GB2312). Chinese
 * text in GBK is almost never valid UTF-8, so this does not mistake one for the other; a file whose header row fits
 * neither is refused naming the expected headers rather than imported as mojibake.
 */
export function decodeCsv(file: Buffer): { text: string; encoding: Exclude<UnitFileEncoding, null> } {
  if (file.includes(0)) {
    // no text file, in any of the encodings read here, holds a NUL byte: an image, a PDF, a UTF-16 export, ...
    throw new ApiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'UNIT_FILE_NOT_SPREADSHEET');
  }
  const withBom = file.subarray(0, UTF8_BOM.length).equals(UTF8_BOM);
  const body = withBom ? file.subarray(UTF8_BOM.length) : file;
  const utf8 = strictUtf8(body);
  const decoded =
    utf8 !== null
      ? { text: utf8, encoding: withBom ? ('utf-8-bom' as const) : ('utf-8' as const) }
      : { text: iconv.decode(body, 'gb18030'), encoding: 'gb18030' as const };
  if (knownHeaderCount(firstLineCells(decoded.text)) === 0) {
    throw new ApiError(HttpStatus.BAD_REQUEST, 'UNIT_FILE_HEADERS_NOT_FOUND', { format: 'csv' });
  }
  return decoded;
}

function strictUtf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The cells of the first non-blank line, split on commas: enough to recognise a header (no header name is quoted). */
function firstLineCells(text: string): string[] {
  const line = text.split(/\r?\n/).find((candidate) => candidate.trim() !== '') ?? '';
  return line.split(',').map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
}

async function readWorkbook(file: Buffer): Promise<UnitCsvResult> {
  if (file.includes('xl/vbaProject.bin') || file.includes('macroEnabled')) {
    throw new ApiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'UNIT_FILE_MACRO');
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's Buffer type predates Node's generic Buffer<ArrayBufferLike>
    await workbook.xlsx.load(file as unknown as ExcelJS.Buffer);
  } catch {
    throw new ApiError(HttpStatus.BAD_REQUEST, 'UNIT_FILE_XLSX_UNREADABLE');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ApiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'UNIT_FILE_NOT_SPREADSHEET');

  const table: UnitTableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    table.push({ row: rowNumber, cells: Array.from(cells, (cell) => cell ?? '') });
  });
  const header = table.find(({ cells }) => cells.some((cell) => cell !== ''));
  if (!header || knownHeaderCount(header.cells) === 0) {
    throw new ApiError(HttpStatus.BAD_REQUEST, 'UNIT_FILE_HEADERS_NOT_FOUND', { format: 'xlsx' });
  }
  // A worksheet row has as many cells as its last filled one: empty cells after the header's width are not values.
  const width = header.cells.length;
  return parseUnitTable(
    table.map(({ row, cells }) => ({
      row,
      cells:
        cells.length > width && cells.slice(width).every((cell) => cell === '')
          ? cells.slice(0, width)
          : pad(cells, width),
    })),
  );
}

function pad(cells: string[], width: number): string[] {
  return cells.length >= width ? cells : [...cells, ...Array<string>(width - cells.length).fill('')];
}

/**
 * A cell as the text a CSV export of it would hold. Numbers lose the binary noise of formulas (15 significant digits,
 * as Excel shows them), so 89.57 stays 89.57 and an area computed to 3 decimals is still refused for having 3.
 */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(Number(value.toPrecision(15)));
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value)
    return value.richText
      .map((part) => part.text)
      .join('')
      .trim();
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) {
    return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  }
  if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
  return '';
}
