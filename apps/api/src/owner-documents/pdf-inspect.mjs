// Reads a PDF with pdfjs-dist (Mozilla's PDF.js): prints JSON { pages, texts: [text of each page] } and, with
// --png <file>, renders page 1 at 2x to a PNG with @napi-rs/canvas. Used by the tests (pdfjs-dist is ESM only, so
// Jest runs it as a child process). Usage: node pdf-inspect.mjs <file.pdf> [--png out.png] [--max-pages n]
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const require = createRequire(import.meta.url);
const [file, ...rest] = process.argv.slice(2);
const option = (name) => (rest.includes(name) ? rest[rest.indexOf(name) + 1] : undefined);
const pngOut = option('--png');
const maxPages = Number(option('--max-pages') ?? 1e9);
const pdfjsRoot = dirname(require.resolve('pdfjs-dist/package.json'));
const pdf = await getDocument({
  data: new Uint8Array(readFileSync(file)),
  standardFontDataUrl: join(pdfjsRoot, 'standard_fonts') + '/',
  cMapUrl: join(pdfjsRoot, 'cmaps') + '/',
  cMapPacked: true,
  verbosity: 0,
}).promise;
const texts = [];
for (let n = 1; n <= Math.min(pdf.numPages, maxPages); n++) {
  const page = await pdf.getPage(n);
  const content = await page.getTextContent();
  texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
}
if (pngOut) {
  const page = await pdf.getPage(1);
  const viewport = page.getViewport({ scale: 2 });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvasContext: context, canvas, viewport }).promise;
  writeFileSync(pngOut, canvas.toBuffer('image/png'));
}
process.stdout.write(JSON.stringify({ pages: pdf.numPages, texts }));
