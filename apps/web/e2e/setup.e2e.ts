import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { apiAs, createUser, screenshot, signIn, unique } from './support/stack';

const HEADER = ['楼栋', '单元', '房号', '业主姓名', '业主电话', '合同面积', '实测面积', '单价', '精装/毛坯'];

/** 2 buildings × 2 units × 3 floors; unit, room, phone, areas and price typed as numbers, as Excel stores them. */
function unitRows(): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (const building of ['1#', '2#']) {
    for (const unitNo of [1, 2]) {
      for (const floor of [1, 2, 3]) {
        const index = rows.length;
        rows.push([
          building,
          unitNo,
          floor * 100 + unitNo,
          `业主${index}`,
          13900000000 + index,
          89.57,
          89.12,
          25000.5,
          index % 2 ? '毛坯' : '精装',
        ]);
      }
    }
  }
  return rows;
}

async function workbook(rows: (string | number)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('户清单');
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

test('a lead sets up a project: unit list from .xlsx into the grid, a bad GBK CSV refused row by row then imported fixed, fees with an example', async ({
  page,
  request,
}) => {
  const lead = await createUser(request, { name: `李项目${unique()}`, role: 'project_lead' });
  const project = await apiAs<{ id: string }>(request, lead, 'POST', '/projects', {
    cityCompany: '杭州城市公司',
    name: `滨江壹号${unique()}`,
    batch: '一期',
    firstHandoverDate: '2031-06-01',
    centralizedDays: 3,
  });
  await signIn(page, lead);
  await page.goto(`/console/projects/${project.id}`);
  await page.getByRole('tab', { name: '项目设置' }).click();
  await expect(page).toHaveURL(new RegExp(`/console/projects/${project.id}/setup$`));

  // The unit list straight from Excel.
  const rows = unitRows();
  const input = page.getByTestId('unit-import').locator('input[type="file"]');
  await input.setInputFiles({
    name: '户清单.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await workbook(rows),
  });
  const success = page.getByTestId('unit-import-success');
  await expect(success).toContainText('已导入 12 户');
  await expect(success).toContainText('文件：户清单.xlsx（Excel 工作簿）');

  // A GBK CSV as Excel on a Chinese Windows saves it, with a bad row and a unit already imported: nothing comes in,
  // and the report names each problem by row in Chinese (the value 简装 read correctly from GBK).
  const csv = [
    HEADER.join(','),
    '3#,1,101,王小明,13812341234,89.57,89.12,25000.50,精装',
    '3#,1,102,李雷,12345,89.57,89.12,25000.50,简装',
    '1#,1,101,韩梅梅,13812341235,89.57,89.12,25000.50,精装',
  ].join('\r\n');
  await input.setInputFiles({ name: '补充.csv', mimeType: 'text/csv', buffer: iconv.encode(csv, 'gbk') });
  await expect(page.getByTestId('unit-import').getByRole('alert')).toContainText(
    '未导入任何房屋：文件中 2 行共有 3 处问题。',
  );
  const report = page.getByTestId('unit-import-problems');
  await expect(report.locator('tbody tr')).toHaveCount(3);
  await expect(report.locator('tbody tr').nth(0)).toContainText('3业主电话');
  await expect(report.locator('tbody tr').nth(1)).toContainText('「精装/毛坯」的值「简装」无效');
  await expect(report.locator('tbody tr').nth(2)).toContainText('1#-1-101 已在本项目中');
  await screenshot(page, '20a-unit-import-refused');

  // The same GBK file, fixed: the new unit comes in with its owner's name intact.
  const fixed = [HEADER.join(','), '3#,1,101,王小明,13812341234,89.57,89.12,25000.50,精装'].join('\r\n');
  await input.setInputFiles({ name: '补充.csv', mimeType: 'text/csv', buffer: iconv.encode(fixed, 'gbk') });
  await expect(success).toContainText('已导入 1 户');
  await expect(success).toContainText('文件：补充.csv（CSV · GBK 编码）');
  const units = await apiAs<{ items: { ownerName: string }[] }>(
    request,
    lead,
    'GET',
    `/projects/${project.id}/units?building=${encodeURIComponent('3#')}`,
  );
  expect(units.items.map((unit) => unit.ownerName)).toEqual(['王小明']);

  // Fees, with the amounts the API computes for the first unit (1#-1-101: contracted 89.57 m² at 25,000.50 yuan per
  // m², surveyed 89.12 m², on which the fees are charged).
  await page.getByTestId('fee-property').fill('3.50');
  await page.getByTestId('fee-deed-tax').fill('1.5');
  await page.getByTestId('fee-fund').fill('45');
  await page.getByTestId('fee-save').click();
  const example = page.getByTestId('fee-example');
  await expect(example).toContainText('计算示例：1#-1-101（合同面积 89.57 ㎡，实测面积 89.12 ㎡）');
  await expect(example).toContainText('¥2,239,294.79'); // 89.57 × 25,000.50, rounded half away from zero
  await expect(example).toContainText('¥935.76'); // 3.50 × 89.12 × 3 months
  await expect(example).toContainText('¥33,589.42'); // 1.5 % of the contract price
  await expect(example).toContainText('¥4,010.40'); // 45 × 89.12
  await expect(page.getByTestId('fee-entered')).toContainText('¥3.50 / ㎡·月');
  await screenshot(page, '20b-fee-settings');

  // The imported units are on the grid.
  await page.getByRole('tab', { name: '房源' }).click();
  await expect(page).toHaveURL(new RegExp(`/console/projects/${project.id}/units$`));
  await expect(page.getByTestId('unit-cell')).toHaveCount(13);
  await expect(page.getByTestId('building-card')).toHaveCount(3);
  await expect(page.locator('.ant-message-notice')).toHaveCount(0); // the fees' toast has gone
  await screenshot(page, '20-unit-import');
});
