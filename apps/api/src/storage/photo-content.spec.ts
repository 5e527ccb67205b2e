import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { ApiError } from '../common/api-error';
import { MAX_PHOTO_BYTES, normalisePhoto, sniffImageType } from './photo-content';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A photo-like image: random pixels, so the encoders cannot shrink it to nothing and a cut lands inside the data. */
const noise = (width: number, height: number) =>
  sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } });

/** Where a defect was photographed: the owner's home (EXIF GPS, IFD3). */
const GPS_EXIF = {
  IFD0: { Make: 'PhoneMaker', Model: 'Phone 12', Copyright: '业主甲' },
  IFD3: {
    GPSLatitudeRef: 'N',
    GPSLatitude: '31/1 14/1 1234/100',
    GPSLongitudeRef: 'E',
    GPSLongitude: '121/1 28/1 5678/100',
  },
};

/** The status and code of a refusal, or a failure when `promise` resolves. */
async function refusal(promise: Promise<unknown>): Promise<{ status: number; code: string }> {
  const error = await promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  return { status: (error as ApiError).getStatus(), code: (error as ApiError).code };
}

/** A PNG whose header claims `width` × `height` (with a valid CRC) over the pixel data of a 1×1 image. */
async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(
    await sharp({ create: { width: 1, height: 1, channels: 3, background: '#fff' } })
      .png()
      .toBuffer(),
  );
  // IHDR is the first chunk: length (4) 'IHDR' (4) width (4) height (4) … CRC over type and data.
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

describe('sniffImageType', () => {
  it('recognises JPEG, PNG and WebP by their magic bytes', () => {
    expect(sniffImageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe('image/jpeg');
    expect(sniffImageType(Buffer.concat([PNG_SIGNATURE, Buffer.from([0])]))).toBe('image/png');
    expect(sniffImageType(Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]))).toBe(
      'image/webp',
    );
  });

  it('refuses anything else, whatever it is called', () => {
    expect(sniffImageType(Buffer.from('%PDF-1.7'))).toBeNull();
    expect(sniffImageType(Buffer.from('GIF89a'))).toBeNull();
    expect(sniffImageType(Buffer.alloc(0))).toBeNull();
  });
});

describe('normalisePhoto', () => {
  it('accepts a real PNG and keeps it a lossless PNG with the same pixels', async () => {
    const input = await noise(40, 30).ensureAlpha(0.5).png().toBuffer();
    const photo = await normalisePhoto(input);
    expect(photo).toMatchObject({ contentType: 'image/png', width: 40, height: 30 });
    const [before, after] = await Promise.all([sharp(input).raw().toBuffer(), sharp(photo.bytes).raw().toBuffer()]);
    expect(after.equals(before)).toBe(true);
  });

  it('accepts a real JPEG and a real WebP, each re-encoded in its own format', async () => {
    const jpeg = await normalisePhoto(await noise(64, 48).jpeg().toBuffer());
    expect(jpeg).toMatchObject({ contentType: 'image/jpeg', width: 64, height: 48 });
    expect((await sharp(jpeg.bytes).metadata()).format).toBe('jpeg');
    const webp = await normalisePhoto(await noise(64, 48).webp().toBuffer());
    expect(webp).toMatchObject({ contentType: 'image/webp', width: 64, height: 48 });
    expect((await sharp(webp.bytes).metadata()).format).toBe('webp');
  });

  it('strips EXIF with the GPS position, XMP and the ICC profile from a JPEG', async () => {
    const input = await noise(64, 48)
      .jpeg()
      .withExif(GPS_EXIF)
      .withXmp(
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>',
      )
      .withIccProfile('p3')
      .toBuffer();
    const before = await sharp(input).metadata();
    expect(before.exif?.toString('latin1')).toContain('PhoneMaker');
    expect(before.xmp).toBeDefined();
    expect(before.icc).toBeDefined();

    const photo = await normalisePhoto(input);
    const after = await sharp(photo.bytes).metadata();
    expect(after).toMatchObject({ format: 'jpeg', width: 64, height: 48 });
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.iptc).toBeUndefined();
    expect(after.icc).toBeUndefined();
    expect(photo.bytes.toString('latin1')).not.toContain('PhoneMaker');
  });

  it('strips EXIF and text chunks from a PNG', async () => {
    const input = await noise(20, 20)
      .png()
      .withExif(GPS_EXIF)
      .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"/>')
      .toBuffer();
    expect((await sharp(input).metadata()).exif).toBeDefined();
    const after = await sharp((await normalisePhoto(input)).bytes).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.comments).toBeUndefined();
  });

  it('turns the pixels upright by the EXIF orientation and drops the tag', async () => {
    const sideways = await noise(60, 20).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    expect((await sharp(sideways).metadata()).orientation).toBe(6);
    const photo = await normalisePhoto(sideways);
    expect(photo).toMatchObject({ width: 20, height: 60 });
    const after = await sharp(photo.bytes).metadata();
    expect(after).toMatchObject({ width: 20, height: 60 });
    expect(after.orientation).toBeUndefined();
  });

  it('keeps nothing appended after the image (a polyglot payload)', async () => {
    const payload = '<script>alert(document.cookie)</script>';
    const input = Buffer.concat([await noise(32, 32).jpeg().toBuffer(), Buffer.from(payload)]);
    const photo = await normalisePhoto(input);
    expect(photo.bytes.toString('latin1')).not.toContain(payload);
  });

  it('refuses the 15-byte file of a PNG signature and garbage, a truncated JPEG or PNG, a PDF, an SVG and a GIF with PHOTO_NOT_AN_IMAGE', async () => {
    const garbage = Buffer.concat([PNG_SIGNATURE, Buffer.from('garbage')]);
    expect(garbage).toHaveLength(15);
    const jpeg = await noise(256, 256).jpeg().toBuffer();
    const png = await noise(256, 256).png().toBuffer();
    const refused = {
      garbage,
      truncatedJpeg: jpeg.subarray(0, Math.floor(jpeg.length * 0.6)),
      truncatedPng: png.subarray(0, Math.floor(png.length * 0.6)),
      pdf: Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n'),
      svg: Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"><rect width="10" height="10"/></svg>',
      ),
      gif: await sharp({ create: { width: 4, height: 4, channels: 3, background: '#f00' } })
        .gif()
        .toBuffer(),
      empty: Buffer.alloc(0),
    };
    for (const [name, bytes] of Object.entries(refused)) {
      expect({ name, ...(await refusal(normalisePhoto(bytes))) }).toEqual({
        name,
        status: 400,
        code: 'PHOTO_NOT_AN_IMAGE',
      });
    }
  });

  it("refuses bytes with one format's signature that decode as another", async () => {
    const jpeg = await noise(16, 16).jpeg().toBuffer();
    // A WebP container header in front of JPEG data: sniffed as WebP, not decodable as one.
    const mislabelled = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBP'), jpeg]);
    expect(await refusal(normalisePhoto(mislabelled))).toEqual({ status: 400, code: 'PHOTO_NOT_AN_IMAGE' });
  });

  it('refuses more than 50 megapixels before decoding them, and more than 5 MB', async () => {
    expect(await refusal(normalisePhoto(await pngClaiming(10_000, 10_000)))).toEqual({
      status: 400,
      code: 'PHOTO_TOO_MANY_PIXELS',
    });
    const oversized = Buffer.concat([await noise(8, 8).jpeg().toBuffer(), Buffer.alloc(MAX_PHOTO_BYTES)]);
    expect(await refusal(normalisePhoto(oversized))).toEqual({ status: 413, code: 'PHOTO_TOO_LARGE' });
  });
});
