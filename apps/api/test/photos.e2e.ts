import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import sharp from 'sharp';
import type { Response } from 'superagent';
import { DataSource } from 'typeorm';
import { LocalDiskPhotoStorage } from '../src/storage/local-disk-photo-storage';
import { MAX_PHOTO_BYTES } from '../src/storage/photo-content';
import { PhotoStorage } from '../src/storage/photo-storage';
import { bearer, E2eStack, type TestUser } from './support/e2e-stack';
import { launchRequest } from './support/project-factory';

/** A photo-like image of random pixels (encoders cannot shrink it to nothing; a cut lands inside the data). */
const noise = (width: number, height: number) =>
  sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } });

/** Taken in the owner's home: the camera's EXIF with the GPS position, and the phone held sideways. */
const photoFromTheHome = () =>
  noise(60, 20)
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneMaker', Model: 'Phone 12' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '30/1 12/1 3456/100',
        GPSLongitudeRef: 'E',
        GPSLongitude: '120/1 12/1 7890/100',
      },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();

describe('defect photos: decoded, stripped of metadata, stored as a normalised copy, served inert', () => {
  let stack: E2eStack;
  let engineering: TestUser;
  let design: TestUser;
  let projectId: string;

  beforeAll(async () => {
    stack = await E2eStack.start();
    const lead = await stack.user('project_lead');
    engineering = await stack.user('department_head', 'engineering');
    design = await stack.user('department_head', 'design');
    projectId = await stack.launchProject(lead, launchRequest({ departmentHeadIds: [engineering.id, design.id] }));
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const newDefect = async (): Promise<string> => {
    const created = await stack
      .http()
      .post(`/projects/${projectId}/defects`)
      .set(bearer(engineering))
      .send({
        publicArea: '2# 地下车库',
        source: 'unit_inspection',
        category: 'quality',
        trade: 'civil',
        description: '墙面渗水',
      })
      .expect(201);
    return created.body.id as string;
  };
  const upload = (defectId: string, bytes: Buffer, filename: string, contentType: string) =>
    stack
      .http()
      .post(`/projects/${projectId}/defects/${defectId}/photos`)
      .set(bearer(engineering))
      .attach('file', bytes, { filename, contentType });
  const listed = async (defectId: string) =>
    (await stack.http().get(`/projects/${projectId}/defects/${defectId}/photos`).set(bearer(design)).expect(200))
      .body as { id: string }[];
  const download = (defectId: string, photoId: string) =>
    stack
      .http()
      .get(`/projects/${projectId}/defects/${defectId}/photos/${photoId}`)
      .set(bearer(design))
      .buffer(true)
      .parse(rawBody);

  it('refuses a PNG signature with garbage, a cut-off JPEG, an SVG, a PDF, a missing file and an oversized one, storing nothing', async () => {
    const defectId = await newDefect();
    const garbage = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from('garbage'),
    ]);
    expect(garbage).toHaveLength(15);

    const zh = await upload(defectId, garbage, 'wall.png', 'image/png').set('Accept-Language', 'zh-CN').expect(400);
    expect(zh.body).toMatchObject({ statusCode: 400, code: 'PHOTO_NOT_AN_IMAGE' });
    expect(zh.body.message).toContain('不是可识别的 JPEG、PNG 或 WebP 照片');
    const en = await upload(defectId, garbage, 'wall.png', 'image/png').set('Accept-Language', 'en').expect(400);
    expect(en.body.message).toBe(
      'This file is not a readable JPEG, PNG or WebP photo (it may be damaged, cut short or another format); take the photo again or save it as JPEG and upload that.',
    );

    const jpeg = await noise(200, 200).jpeg().toBuffer();
    const refused: [Buffer, string, string][] = [
      [jpeg.subarray(0, Math.floor(jpeg.length * 0.6)), 'cut.jpg', 'image/jpeg'],
      [
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"/>'),
        'plan.svg',
        'image/svg+xml',
      ],
      [
        Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"/>'),
        'plan.png',
        'image/png',
      ],
      [Buffer.from('%PDF-1.7\n%%EOF\n'), 'report.pdf', 'application/pdf'],
    ];
    for (const [bytes, filename, contentType] of refused) {
      const response = await upload(defectId, bytes, filename, contentType);
      expect({ filename, status: response.status, code: response.body.code }).toEqual({
        filename,
        status: 400,
        code: 'PHOTO_NOT_AN_IMAGE',
      });
    }

    const missing = await stack
      .http()
      .post(`/projects/${projectId}/defects/${defectId}/photos`)
      .set(bearer(engineering))
      .field('note', 'no file')
      .expect(400);
    expect(missing.body.code).toBe('PHOTO_FILE_MISSING');
    const oversized = await upload(
      defectId,
      Buffer.concat([jpeg, Buffer.alloc(MAX_PHOTO_BYTES)]),
      'big.jpg',
      'image/jpeg',
    )
      .set('Accept-Language', 'en')
      .expect(413);
    expect(oversized.body).toMatchObject({ code: 'PHOTO_TOO_LARGE', message: expect.stringContaining('at most 5 MB') });

    expect(await listed(defectId)).toEqual([]);
    const storage = stack.app.get(PhotoStorage) as LocalDiskPhotoStorage;
    expect(existsSync(path.join(storage.directory, projectId, defectId))).toBe(false);
    const audit = await stack.app
      .get(DataSource)
      .query(`SELECT action FROM audit_log WHERE entity_id = $1`, [defectId]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['defect.create']);
  });

  it('stores an upright copy without the EXIF GPS and serves it with nosniff, a sandboxing CSP and the id as the file name', async () => {
    const defectId = await newDefect();
    const original = await photoFromTheHome();
    expect((await sharp(original).metadata()).exif?.toString('latin1')).toContain('PhoneMaker');

    const uploaded = await upload(defectId, original, '../../业主家 "客厅".html', 'image/jpeg').expect(201);
    expect(uploaded.body).toMatchObject({ defectId, contentType: 'image/jpeg' });
    const photoId = uploaded.body.id as string;
    expect((await listed(defectId)).map((photo) => photo.id)).toEqual([photoId]);

    const served = await download(defectId, photoId).expect(200);
    expect(served.headers).toMatchObject({
      'content-type': 'image/jpeg',
      'x-content-type-options': 'nosniff',
      'content-disposition': `inline; filename="${photoId}.jpg"`,
      'content-security-policy': "default-src 'none'; sandbox",
      'content-length': String(uploaded.body.sizeBytes),
    });
    const bytes = served.body as Buffer;
    expect(bytes).toHaveLength(uploaded.body.sizeBytes);
    expect(bytes.equals(original)).toBe(false);
    const metadata = await sharp(bytes).metadata();
    expect(metadata).toMatchObject({ format: 'jpeg', width: 20, height: 60 });
    expect(metadata.exif).toBeUndefined();
    expect(metadata.orientation).toBeUndefined();
    expect(bytes.toString('latin1')).not.toContain('PhoneMaker');

    const [row] = await stack.app
      .get(DataSource)
      .query(`SELECT content_type, size_bytes FROM defect_photos WHERE id = $1`, [photoId]);
    expect(row).toEqual({ content_type: 'image/jpeg', size_bytes: bytes.length });
  });

  it('records the type the bytes decode as, not the one the upload claims', async () => {
    const defectId = await newDefect();
    const png = await noise(8, 8).png().toBuffer();
    const uploaded = await upload(defectId, png, 'photo.jpg', 'image/jpeg').expect(201);
    expect(uploaded.body.contentType).toBe('image/png');
    const served = await download(defectId, uploaded.body.id).expect(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['content-disposition']).toBe(`inline; filename="${uploaded.body.id}.png"`);
    expect((await sharp(served.body as Buffer).metadata()).format).toBe('png');
  });
});

/** Collects a response body as bytes whatever its content type (supertest's `parse` callback). */
function rawBody(response: Response, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
  response.on('error', (error: Error) => callback(error, Buffer.alloc(0)));
}
